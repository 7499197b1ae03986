package extract

import "testing"

// ft12TroopRules hold the rows of the troop shapes fixed after the blind
// round r29 (ft12, session 29), kept apart from the main tables so that
// parallel work merges cleanly.
var ft12TroopRules = []figureRule{
	// a participle of pledging before "for": the personnel pledged, not
	// their speech ("Of the 300 ... promised for the border, only 120 ...")
	{ruleTroopNoun,
		[]figureCase{{text: "Of the 300 Chilean soldiers promised for the border with Bolivia, only 120 are in place.", count: 300, country: "CL"}},
		[]string{"Of the 300 Chilean pensioners promised for the border, only 120 are in place."}},
	{ruleTroopContinued,
		[]figureCase{{text: "Of the 300 Chilean soldiers promised for the border with Bolivia, only 120 are in place.", count: 120, country: "CL"}},
		[]string{"Of the 300 houses promised for the border, only 120 are in place."}},
	// "has N personnel guarding ...": a holder's personnel on a duty are
	// posted, no strength
	{ruleTroopNoun,
		[]figureCase{{text: "Honduras now has 3,500 military police officers guarding its prisons.", count: 3500, country: "HN"},
			{text: "Mali has 900 soldiers patrolling the northern border.", count: 900, country: "ML"}},
		[]string{"Honduras now has 3,500 military police officers.",
			"The bank has 40 guards guarding its vaults."}},
	// the national police of a state without an army: "public force officers"
	{ruleTroopNoun,
		[]figureCase{{text: "Costa Rica has no army, but San José dispatched 90 public force officers to Limón.", count: 90, country: "CR"}},
		[]string{"The club thanked 90 public force officers for their work."}},
	// "reinforced" as a troop verb: weak personnel "with" which a state's
	// body reinforces its posts
	{ruleTroopNoun,
		[]figureCase{{text: "Kyrgyzstan's State Border Service said it had reinforced its posts in Batken with 600 border guards overnight.", count: 600, country: "KG"}},
		[]string{"The city reinforced its levees with 600 volunteers."}},
	// deminers are an army's engineers: "the last 40 of its military deminers"
	{ruleTroopOf,
		[]figureCase{{text: "Armenia withdrew the last 40 of its military deminers and medics from Syria in 2019.", count: 40, country: "AM"}},
		[]string{"The charity sent 40 deminers to Angola."}},
	// an ambiguous state adjective before a title-cased ministry names the
	// state ("Georgian Interior Ministry"), which then holds the figure
	{ruleTroopNoun,
		[]figureCase{{text: "The Georgian Interior Ministry said 9,500 police officers would be on duty on election day.", count: 9500, country: "GE"}},
		[]string{"The Georgian Interior Ministry said 9,500 ballots were spoilt."}},
	// a state's force saying how many officers it puts somewhere: weak
	// personnel of that force and state
	{ruleTroopNoun,
		[]figureCase{{text: "Indonesian police said 2,100 officers would guard the venue of the ASEAN summit in Jakarta.", count: 2100, country: "ID"}},
		[]string{"Chicago police said 40 officers would guard the venue.",
			"Police said 40 officers would guard the venue.",
			"Indonesian police said 2,100 officers were injured."}},
	// those at a graduation or a training event are trained, no deployment
	{ruleTroopNoun,
		[]figureCase{{text: "Kenya held a welcome ceremony for 300 peacekeepers returning from Haiti.", count: 300, country: "KE"},
			{text: "Warsaw offered to build training ranges for up to 5,000 American troops.", count: 5000, country: "US"}},
		[]string{"President Ospina spoke at a graduation ceremony for 1,100 new police officers in Bogota.",
			"The army ran a training course for 300 soldiers in Kenya."}},
	// "with N more on standby" after a troop figure: held ready, as "to follow"
	{ruleTroopContinued,
		[]figureCase{{text: "Ecuador's armed forces have deployed some 2,800 soldiers to the coast, with 500 more on standby in Guayaquil.", count: 500, country: "EC"}},
		[]string{"Ecuador has moved tanks to the coast, with 500 more on standby in Guayaquil."}},
	// a state's personnel "who once numbered N in" another state: a
	// posting abroad, not the force's strength at home
	{ruleTroopAbroad,
		[]figureCase{{text: "Russian border guards, who once numbered about 4,500 in Armenia, have left the Zvartnots checkpoint.", count: 4500, country: "RU"}},
		[]string{"Haitian police, who number about 9,000 in Haiti, are stretched.",
			"Russian tourists, who once numbered about 4,500 in Armenia, have left."}},
	// "will relieve the N now in <place>" after a troop figure: those posted there
	{ruleTroopAddedTo,
		[]figureCase{{text: "A further 90 New Zealand Defence Force personnel will relieve the 70 now in Tonga next month.", count: 70, country: "NZ"}},
		[]string{"The new pumps will replace the 40 now in use."}},
	// a contingent "in" a brigade that numbers N is the contingent's state's
	{ruleTroopForce,
		[]figureCase{{text: "Tanzania's contingent in the eastern Congo brigade numbers about 850.", count: 850, country: "TZ"}},
		[]string{"Tanzania's delegation in the eastern Congo talks numbers about 850."}},
	// a state's base that "has" personnel holds them stationed
	{ruleTroopNoun,
		[]figureCase{{text: "Moscow's 201st base in Tajikistan, its largest abroad, has around 7,000 servicemen.", count: 7000, country: "RU"},
			{text: "The French base in Djibouti has 1,500 soldiers.", count: 1500, country: "FR"}},
		[]string{"Russia has around 7,000 servicemen.",
			"The Russian army, which has a base in Armenia, has 900,000 soldiers."}},
	// a service's aircraft are things: "two air force cargo planes"
	{ruleTroopNoun,
		[]figureCase{{text: "Bogota said it was sending 60 air force personnel to the coast.", count: 60, country: "CO"}},
		[]string{"Bogota said it was sending two air force cargo planes with water purification kits."}},
	// "number" after its article is a noun, no troop verb licensing weak
	// personnel: "the true number on board was higher"
	{ruleTroopNoun,
		[]figureCase{{text: "The navy said 12 crew would number among the rescuers.", count: 12}},
		[]string{"Its manifest listed 53 passengers and 12 crew, but officials said the true number on board was higher."}},
	// weak personnel joined by "and" to a count of troops are of the same
	// deployment: "600 border guards and 150 interior ministry troops"
	{ruleTroopNoun,
		[]figureCase{{text: "About 600 additional border guards and 150 interior ministry troops had been moved into the area overnight.", count: 600}},
		[]string{"The firm hired 600 guards and 150 drivers."}},
	// a region of a state gives the state of personnel sent there
	{ruleTroopNoun,
		[]figureCase{{text: "The interior minister defended the 1,200 police officers sent to Puno in late February.", count: 1200, country: "PE"}},
		[]string{"The minister defended the 1,200 teachers sent to Puno in late February."}},
	// "He told reporters ... that N ...": the official named in the sentence
	// before reports the figure, and his state holds it
	{ruleTroopNoun,
		[]figureCase{{text: "Tajik troops opened fire on the post on Tuesday. Kyrgyz Defence Minister Ruslan Mukambetov flew to Batken. He told reporters at the airport that about 600 soldiers had been moved into the area.", count: 600, country: "KG"}},
		[]string{"Kyrgyz Defence Minister Ruslan Mukambetov flew to Batken. He told reporters at the airport that about 600 tents had been moved into the area."}},
	// a bare "National Guard" in a story datelined in a state that has one
	// is that state's, not the US's (local_forms.tsv)
	{ruleTroopNoun,
		[]figureCase{{text: "TASHKENT, Feb 11 (Reuters) - The National Guard had deployed 1,200 servicemen to help clear rubble.", count: 1200, country: "UZ"},
			{text: "WASHINGTON (Reuters) - The National Guard had deployed 1,200 soldiers to the border.", count: 1200, country: "US"}},
		[]string{"TASHKENT, Feb 11 (Reuters) - The National Guard had deployed 1,200 tents to help shelter families."}},
	// "the army" with no state in its sentence is the army whose state the
	// article last wrote before it, not the state it names most
	{ruleTroopNoun,
		[]figureCase{{text: "BANGKOK (AP) - A Myanmar military air strike killed 23 people. Thailand said refugees crossed. Thai officials and Thai villagers said Thai aid was ready. The strike came as the army moved roughly 1,500 soldiers towards Kawlin.", count: 1500, country: "MM"}},
		[]string{"BANGKOK (AP) - A Myanmar military air strike killed 23 people. The strike came as the army moved roughly 1,500 trucks towards Kawlin."}},
	// ", he said," right before the figure: the person named last before
	// it reports it, and his state holds it
	{ruleTroopNoun,
		[]figureCase{{text: "PEMBA, Mozambique (Reuters) - Rwandan Defence Minister Juvenal Marizamunda told reporters in Mozambique's Cabo Delgado that the rotation had begun. In all, he said, some 1,500 personnel would arrive before the end of the month.", count: 1500, country: "RW"}},
		[]string{"PEMBA, Mozambique (Reuters) - Rwandan Defence Minister Juvenal Marizamunda told reporters that the rotation had begun. In all, he said, some 1,500 tonnes would arrive."}},
}

func TestFigureRulesFt12(t *testing.T) {
	ex := newTestExtractor(t)
	checkFigureRows(t, ex, ft12TroopRules, "troops")
}
