package extract

import "testing"

// ft13TroopRules hold the rows of the troop shapes fixed by ft13 (session
// 29, the blind r29f-r29h blocks), kept apart from the main tables so
// that parallel work merges cleanly.
var ft13TroopRules = []figureRule{
	// a force named by its own name holds its personnel: the gazetteer's
	// agencies of a state (organizations.tsv)
	{ruleTroopNoun,
		[]figureCase{{text: "Ten companies of the Central Reserve Police Force, about 1,000 personnel, were rushed to the district on Sunday.", count: 1000, country: "IN"},
			{text: "The Royal Armed Forces sent 1,200 soldiers and heavy machinery to the quake zone.", count: 1200, country: "MA"},
			{text: "The NYPD said it would assign about 2,500 officers to Times Square for New Year's Eve.", count: 2500, country: "US"}},
		[]string{"The CRPF marked its 86th raising day with a parade in Gurugram.",
			"Morocco's Royal Armed Forces marked the 70th anniversary of their founding with a parade in Rabat."}},
	// a capital opening another state's agency names that state's place:
	// "Victoria Police" is Australian, not the Seychelles' capital acting
	{ruleTroopNoun,
		[]figureCase{{text: "Victoria Police will deploy 1,100 officers to the MCG for the final.", count: 1100, country: "AU"},
			{text: "Victoria will deploy 300 police officers to the island of Praslin.", count: 300, country: "SC"}},
		[]string{"Victoria Police said the road would stay closed until Monday."}},
	// men glossing counted formations after a comma, past "or" or a
	// force's name after "of"
	{ruleTroopNoun,
		[]figureCase{{text: "Two wings of the Frontier Corps, roughly 1,600 men, were moved to the Chaman border crossing.", count: 1600, country: "PK"},
			{text: "The Border Security Force moved a further 12 companies, or 1,200 men, to the Jammu frontier.", count: 1200, country: "IN"}},
		[]string{"Two wings of the Royal Hospital, some 300 men, were closed after the outbreak.",
			"The club fielded 12 teams, or 300 men, in the league this year."}},
	// a force cut "to N from about M" in a named region: both figures
	{ruleTroopNumber,
		[]figureCase{{text: "The coalition will cut its troops in the Kurdistan region to 1,200 from about 2,000 by September.", count: 2000},
			{text: "The coalition will cut its troops in the Kurdistan region to 1,200 from about 2,000 by September.", count: 1200},
			{text: "Britain will cut its troops to 1,200 from about 2,000 by September.", count: 2000, country: "GB"}},
		[]string{"Britain will cut its budget to 1,200 from about 2,000 by September.",
			"The club cut its ticket prices in the Kurdistan region to 12 from 20 after the season."}},
	// "its" N-strong contingent of a mission: the owner's share, not no
	// state's as "5,000 NATO troops" are
	{ruleTroopNoun,
		[]figureCase{{text: "Fiji will rotate its 150-strong UNDOF contingent on the Golan Heights next month.", count: 150, country: "FJ"},
			{text: "Nepal will send its 300 UNIFIL peacekeepers home in May.", count: 300, country: "NP"},
			{text: "NATO said its 4,000 KFOR troops in Kosovo would stay.", count: 4000}},
		[]string{"Fiji will rotate its UNDOF contingent on the Golan Heights next month."}},
	// "Guardsmen" under a governor are a US state's Guard, as "Guard members" are
	{ruleTroopNoun,
		[]figureCase{{text: "The governor has put 500 Guardsmen on standby and activated another 250 to staff shelters.", count: 500, country: "US"},
			{text: "After the storm the governor sent 500 Guardsmen to the coast.", count: 500, country: "US"}},
		[]string{"The governor thanked the Guardsmen who staffed the shelters last year."}},
	{ruleTroopContinued,
		[]figureCase{{text: "The governor has put 500 Guardsmen on standby and activated another 250 to staff shelters.", count: 250, country: "US"}},
		[]string{"The governor has put 500 beds in the shelters and added another 250 in schools."}},
	// a sheriff's deputies are police officers; a parliament's are not
	{ruleTroopNoun,
		[]figureCase{{text: "The Los Angeles Police Department sent 350 officers to the rally, and the county sheriff added about 150 deputies.", count: 150, country: "US"}},
		[]string{"Ukraine's 450 deputies voted for the law on Tuesday.", "The sheriff thanked the 40 deputies who retired this year."}},
	// a state's agency "has" officers at an event: a deployment there
	{ruleTroopNoun,
		[]figureCase{{text: "The Los Angeles Police Department had 350 officers at the rally.", count: 350, country: "US"},
			{text: "Victoria Police will have more than 1,100 officers working at and around the MCG on grand final day.", count: 1100, country: "AU"},
			{text: "Police Scotland had 350 officers at the match.", count: 350, country: "GB"}},
		[]string{"The union said the hospital had 350 nurses at the rally.", "Victoria Police has 15,000 officers working across the state."}},
	// an event "policed" by officers has them deployed
	{ruleTroopNoun,
		[]figureCase{{text: "MELBOURNE (AAP) - In 2023, the grand final was policed by about 700 officers, according to the force.", count: 700, country: "AU"},
			{text: "Police Scotland said the march was policed by 300 officers and 20 dogs.", count: 300, country: "GB"}},
		[]string{"The festival was policed by volunteers, and 700 tickets were sold.", "The forest is patrolled by 30 wardens in summer."}},
	// "the deployment, up from about N": the earlier size of the
	// deployment told just before
	{ruleTroopCompared,
		[]figureCase{{text: "Victoria Police will put more than 1,100 officers on the streets for the final.\n\nThe commissioner said the deployment, up from about 850 last year, reflected the crowd.", count: 850, country: "AU"}},
		[]string{"The club will sell 1,100 tickets. The deployment, up from about 850 last year, was praised.",
			"The council said the operation, up from about 850 last year, cost too much."}},
	// a state's "mandate for up to N" counts the personnel just counted
	{ruleTroopElliptic,
		[]figureCase{{text: "France keeps roughly 600 soldiers in Iraq, and Germany has a parliamentary mandate for up to 300.", count: 300, country: "DE"}},
		[]string{"The mayor has a mandate for up to 300 new homes.", "France keeps roughly 600 sheep, and Germany has a mandate for up to 300."}},
	// "its troops in Iraq's Kurdistan region from about N to M": a named
	// region after a state's possessive
	{ruleTroopNumber,
		[]figureCase{{text: "Britain will reduce its troops in Iraq's Kurdistan region from about 2,000 to 1,200 by September.", count: 2000, country: "GB"}},
		[]string{"Britain will reduce its tariffs in Iraq's Kurdistan region from about 2,000 to 1,200 by September."}},
	// "the army" at work "in" a place of a story that names no state: the
	// place's state, a capital too
	{ruleTroopNoun,
		[]figureCase{{text: "The army deployed about 200 soldiers and engineers to help with the rescue in Old Dhaka.", count: 200, country: "BD"}},
		[]string{"The army band played for about 200 guests at the dinner in Old Dhaka."}},
	// "N <personnel> from <region> and M from <region>" of one state
	{ruleTroopGapped,
		[]figureCase{{text: "Two hundred Guard members from Ohio and 150 from Indiana were sent to Washington.", count: 150, country: "US"}},
		[]string{"Two hundred students from Ohio and 150 from Indiana were sent to Washington."}},
}

func TestFigureRulesFt13(t *testing.T) {
	ex := newTestExtractor(t)
	checkFigureRows(t, ex, ft13TroopRules, "troops")
}
