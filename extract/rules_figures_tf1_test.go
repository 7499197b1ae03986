package extract

import "testing"

// tf1TroopRules hold the rows of the troop shapes fixed by tf1 (session
// 27), kept apart from the main tables so that parallel work merges
// cleanly; each row is checked as TestFigureRules checks its own.
var tf1TroopRules = []figureRule{
	// the make-up of a deployed force: every count after the verb
	{ruleTroopNoun,
		[]figureCase{{text: "Senegal's contribution to the mission comprises 640 infantry and 75 support staff.", count: 75, country: "SN"},
			{text: "The Zambian contingent is made up of 410 soldiers and 35 field support staff.", count: 35, country: "ZM"},
			{text: "The battalion sent to the mission consists of 500 infantry, 60 engineers and 30 medical staff.", count: 60}},
		[]string{"The water board's contribution comprises 80 engineers and 20 support staff.", "The clinic's team comprises 30 doctors and 12 support staff."}},
	// a plural noun inside the free modifiers, not right before the noun
	{ruleTroopNoun,
		[]figureCase{{text: "Athens sent 60 special operations unit officers to the islands.", count: 60, country: "GR"}},
		[]string{"For 30 days police officers guarded the depot.", "Four Baltic states field soldiers in the exercise."}},
	// a force's capitalised name among the modifiers
	{ruleTroopNoun,
		[]figureCase{{text: "Tokyo flew 90 Self-Defense Force water purification specialists to the island.", count: 90, country: "JP"}},
		[]string{"The 90 Border Force officers were questioned by the inquiry."}},
	// a joint force of two states joined in its clause has no one sender
	{ruleTroopForce,
		[]figureCase{{text: "The Ghanaian and Ivorian navies will sail the patrol boat with a joint crew of 60.", count: 60},
			{text: "Lima has sent three coast guard cutters with a combined crew of 85 to the border.", count: 85, country: "PE"}},
		[]string{"The Ghanaian and Ivorian navies held a joint exercise of 60 days."}},
	// the top contributor "the most, with N"
	{ruleTroopMostWith,
		[]figureCase{{text: "The partners have offered 2,400 soldiers between them, Italy the most with 900.", count: 900, country: "IT"},
			{text: "Nine states have pledged police officers to the mission. Rwanda offered the most, with 300.", count: 300, country: "RW"}},
		[]string{"Nine states lost soldiers in the war. Rwanda lost the most, with 300.", "Six teams scored goals, Italy the most with 12."}},
	// a governor's Guard is a US state's
	{ruleTroopNoun,
		[]figureCase{{text: "The governor sent another 250 Guard members to the river crossings.", count: 250, country: "US"}},
		[]string{"Governor Reyes visited the 250 Guard members who were hurt in the crash."}},
	// personnel that stay where they serve
	{ruleTroopNoun,
		[]figureCase{{text: "Rwanda is thought to have about 4,000 soldiers still inside North Kivu.", count: 4000, country: "RW"},
			{text: "Fiji has only 12 military personnel left in the Golan.", count: 12, country: "FJ"}},
		[]string{"Egypt still has 400,000 soldiers."}},
	// personnel given "to" a force or a mission serve there
	{ruleTroopNoun,
		[]figureCase{{text: "Chad has about 1,400 soldiers seconded to the regional force.", count: 1400, country: "TD"}},
		[]string{"Chad has about 1,400 soldiers assigned to desk jobs."}},
	// a part of a whole whose state's name stands before its noun
	{ruleTroopOf,
		[]figureCase{{text: "Washington will pull out 900 of the 4,000 US troops in Romania.", count: 900, country: "US"}},
		[]string{"Some 900 of the 4,000 US students in Romania will leave."}},
	// a bare number "more", its clause ended by a condition
	{ruleTroopElliptic,
		[]figureCase{{text: "Oslo flew 80 soldiers to Vilnius, and Copenhagen said it would send 60 more if asked.", count: 60, country: "DK"}},
		[]string{"The league sold 80 tickets, and the club said it would sell 60 more if asked."}},
	// a rotation of personnel just told, sized by a verb of numbering
	{ruleTroopContingent,
		[]figureCase{{text: "Some 250 Dutch marines landed in Lithuania in March. The present rotation, which leaves in June, numbers about 400.", count: 400, country: "NL"}},
		[]string{"The rotation of the committee, which ends in June, numbers 12."}},
	// a force's members sent "another" or "a further"
	{ruleTroopForceOwn,
		[]figureCase{{text: "Ecuador's National Police flew another 450 members to Guayaquil.", count: 450, country: "EC"}},
		[]string{"The union flew another 450 members to the rally."}},
}

func TestFigureRulesTf1(t *testing.T) {
	ex := newTestExtractor(t)
	checkFigureRows(t, ex, tf1TroopRules, "troops")
}
