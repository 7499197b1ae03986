package extract

import "testing"

// fx80TroopRules hold the rows of the troop shapes fixed after the blind
// round r39d (fx80), kept apart from the main tables so that parallel
// work merges cleanly.
var fx80TroopRules = []figureRule{
	// "between N and M" hedges the range as "about N" does, so a verb of
	// numbering or a size cue before "between" reads both bounds
	{ruleTroopContingent,
		[]figureCase{{text: "Germany's battalion in Lithuania will number between 3,000 and 4,000 over the winter.", count: 4000, country: "DE"}},
		[]string{"Germany's battalion in Lithuania will number 30 tanks over the winter."}},
	{ruleTroopNumber,
		[]figureCase{{text: "The number of US troops in Iraq will stand at between 2,000 and 2,500 throughout the winter.", count: 2500, country: "US"},
			{text: "The number of US troops in Iraq stands at 2,500 throughout the winter.", count: 2500, country: "US"},
			// a state's adjective and a noun of kind before the size noun;
			// a clause before ";" is no subject of the figure's
			{text: "Around 100 Russians staffed the checkpoint; the remaining Russian border detachment in Armenia, estimated at between 3,000 and 4,000, stays for now.", count: 3000, country: "RU"},
			{text: "The Russian border detachment, estimated at 3,000, stays.", count: 3000, country: "RU"}},
		[]string{"The Russian border crossing, estimated at 3,000, stays open.",
			"The number of tourists in Iraq will stand at between 2,000 and 2,500 throughout the winter."}},
	// a fronted "Among ... states," ranks a contributor, it counts no dead
	{"number-personnel",
		[]figureCase{{text: "Among European states, Italy had 1,020 blue helmets deployed.", count: 1020, country: "IT"}},
		[]string{"Among the dead, Italy lost 20 soldiers."}},
	// a contributor's share in apposition after "the most" personnel, and
	// "STATE, at N," right after other states' troop figures
	{ruleTroopMostWith,
		[]figureCase{{text: "Among European states, Italy had the most blue helmets deployed, 1,020, nearly all of them in southern Lebanon.", count: 1020, country: "IT"},
			{text: "Italy had the most blue helmets deployed among Europeans, 1,020, nearly all in southern Lebanon.", count: 1020, country: "IT"},
			{text: "Rwanda, with some 5,100 personnel, was the largest African contributor. China, at roughly 1,750, was the only permanent member in the top twenty.", count: 1750, country: "CN"}},
		[]string{"Italy had the most soldiers killed in action, 40, in the war.",
			"Italy had the most tanks, 1,020, in the region.",
			"Rwanda's economy grew fast. China, at roughly 1,750, was the only one."}},
	// a range of two years is a date, whatever state stands before it
	{"number-personnel",
		[]figureCase{{text: "Qatar sent between 1,800 and 2,000 soldiers to Kuwait.", count: 2000, country: "QA"}},
		[]string{"Analysts said the frictions led Saudi Arabia to cut ties with Qatar between 2017 and 2021."}},
	// a year after "back to" is a date; a force's size verb after a
	// strength modifier ("regular", "active") is the whole force's
	{"number-personnel",
		[]figureCase{{text: "The US garrison will fall back to 1,200 troops.", count: 1200, country: "US"}},
		[]string{"The Russian border guards handed over their posts on Thursday, ending a presence that dates back to 1992.",
			"New Zealand's regular force numbers roughly 4,500 across all three services."}},
	// a revised toll with personnel after it counts the dead, not troops
	// (revisedTollFigure); a count said again of the same personnel in a
	// sentence with no state is the figure told before (repeatedFigure)
	{"number-personnel",
		[]figureCase{{text: "Britain sent 500 soldiers. It later raised the figure to 2,000 soldiers.", count: 2000, country: "GB"},
			{text: "Benin sent 200 soldiers to the border. Togo also sent 200 soldiers.", count: 200, country: "TG"}},
		[]string{"The government first said 29 soldiers were killed. On Monday evening the defence ministry revised that figure to at least 41 soldiers, with 18 others wounded."}},
	// "N more" after "accounted for", beyond a
	// figure told in the sentence before (moreAccountedTroops)
	{ruleTroopContinued,
		[]figureCase{{text: "As of September, the United Nations had 58,200 uniformed personnel deployed in eleven missions. Non-UN operations accounted for between 40,000 and 45,000 more, the bulk of them in Somalia.", count: 45000},
			{text: "Kenya has 1,000 soldiers in Haiti. Jamaica accounted for 200 more.", count: 200, country: "JM"}},
		[]string{"Kenya has 1,000 tanks in Haiti. Jamaica accounted for 200 more.",
			"The donors provided 200 vehicles. They accounted for 100 more."}},
	// a unit's participle of sending with "from" a state names its sender
	// before the place it goes to (participleFromState)
	{ruleTroopContingent,
		[]figureCase{{text: "Correction: the reserve battalion being flown to Kosovo from Türkiye numbers about 500, not 700 as first reported.", count: 500, country: "TR"}},
		[]string{"Correction: the reserve fleet being flown to Kosovo from Türkiye numbers about 500 vehicles."}},
}

// fx80DeathRules: a revision's pronoun ("revised that to 41"), a people
// named by its group ("1,600 Bosniaks"), and a part "from" one of
// something ("including nine from a single Moroccan convoy").
var fx80DeathRules = []figureRule{
	{ruleDeathToll,
		[]figureCase{{text: "The government first said 29 soldiers were killed; on Monday the ministry revised that to at least 41.", count: 41}},
		[]string{"Officials said 12 people were hurt. Later they raised it to 15."}},
	{"people-killed",
		[]figureCase{{text: "In Višegrad alone at least 1,600 Bosniaks were killed in 1992, the tribunal found.", count: 1600}},
		[]string{"At least 1,600 Bosniaks were displaced in 1992, the tribunal found."}},
	{ruleDeathSubset,
		[]figureCase{{text: "Fourteen peacekeepers were killed in the Central African Republic, including nine from a single Moroccan convoy.", count: 9},
			{text: "Fourteen peacekeepers were killed, including nine from Morocco.", count: 9}},
		[]string{"Fourteen peacekeepers were injured, including nine from a single Moroccan convoy."}},
}

func TestFigureRulesFx80(t *testing.T) {
	ex := newTestExtractor(t)
	checkFigureRows(t, ex, fx80TroopRules, "troops")
	checkFigureRows(t, ex, fx80DeathRules, "deaths")
}
