package extract

import "testing"

// fx48DeathRules hold the rows of the death shapes fixed by fx48 (the
// blind r35a, r35b, r35c and r35e rounds), kept apart from the main
// tables so that parallel work merges cleanly.
var fx48DeathRules = []figureRule{
	// "the number of ... killed" runs past an owner's mark to its verb of
	// change (numberOfDeadFar)
	{ruleDeathToll,
		[]figureCase{{text: "The number of workers killed at the plant on Italy's northern coast rose to 14 on Friday.", count: 14}},
		[]string{"The number of workers hurt at the plant on Italy's northern coast rose to 14 on Friday."}},
	// a toll that "had been" a number (tollBefore)
	{ruleDeathToll,
		[]figureCase{{text: "The death toll announced on Sunday had been 31.", count: 31}},
		[]string{"The vote tally announced on Sunday had been 31."}},
	// "put the dead at between A and B": both bounds (rangedToll)
	{ruleDeathToll,
		[]figureCase{{text: "Monitors put the dead at between 40 and 60.", count: 40},
			{text: "Monitors put the dead at between 40 and 60.", count: 60},
			{text: "The rebels put their dead at between 15 and 20.", count: 15}},
		[]string{"Monitors put the wounded at between 40 and 60."}},
	// a span of estimates whose ends carry their sources or a hedge
	// (spanUpperAfter)
	{ruleDeathToll,
		[]figureCase{{text: "Estimates of the dead ranged from 300, according to the Red Cross, to more than 900, according to local officials.", count: 300},
			{text: "Estimates of the dead ranged from 300, according to the Red Cross, to more than 900, according to local officials.", count: 900},
			{text: "The death toll ranged from 120 to more than 400, depending on the source.", count: 120}},
		[]string{"Estimates of the crowd ranged from 300, according to police, to more than 900, according to organisers."}},
	// a second period's count with its noun gapped in the same sentence
	// (periodGappedClause)
	{rulePeriodGapped,
		[]figureCase{{text: "The agency recorded 820 drownings in 2023, and the year before some 760.", count: 760},
			{text: "The cold snap caused 140 deaths in the capital, and the following winter more than 90.", count: 90}},
		[]string{"The agency recorded 820 rescues in 2023, and the year before some 760.",
			"The storm caused 140 evacuations, and the following week 90."}},
	// "N more" bodies found, the noun gapped (moreBodiesGapped)
	{"more-bodies-gapped",
		[]figureCase{{text: "Divers recovered nine bodies on Monday, and four more were found downstream on Tuesday.", count: 4},
			{text: "Searchers pulled 11 bodies from the mud. Three more were later recovered near the bridge.", count: 3}},
		[]string{"Divers rescued nine swimmers on Monday, and four more were found on Tuesday.",
			"Rescuers pulled 14 survivors from the rubble, and six more were found on Monday."}},
	// "the bodies of the other N" with a verb of finding (deathsOf)
	{"bodies-of-the-rest",
		[]figureCase{{text: "Of the 30 workers, 22 were rescued; the bodies of the remaining eight were recovered on Monday.", count: 8},
			{text: "The bodies of 17 were found in the hold.", count: 17}},
		[]string{"The names of the other eight were released on Monday.",
			"The bodies of 17 cows were found in the field."}},
	// a part of a toll by its span of time (periodOfPart)
	{ruleDeathSubset,
		[]figureCase{{text: "Cholera has killed 96 people this year, including 14 in the past 48 hours.", count: 14},
			{text: "Measles has killed 40 children in the province, 11 of them in the last week.", count: 11}},
		[]string{"Cholera has sickened 96 people this year, including 14 in the past 48 hours."}},
	// a family "of N" as an item of a list of the dead (familyListed)
	{"family-listed",
		[]figureCase{{text: "The blast killed a guard and a family of four, police said.", count: 4},
			{text: "Among the dead were a family of six from Talca.", count: 6}},
		[]string{"The blast injured a guard and a family of four.",
			"The fire destroyed a barn, and a family of four lost their home."}},
	// "her" opening a noun phrase is a new person, as "his" is
	// (anaphoric)
	{ruleDeathOne,
		[]figureCase{{text: "Police said 12 people died in the floods. A woman said her daughter drowned in the river.", count: 1}},
		[]string{"Police said nobody was hurt in the floods. A woman said her daughter was rescued."}},
	// one person "among those who drowned" is a part of a toll told
	// elsewhere (amongDeadGroupEnds)
	{"anaphoric-single",
		[]figureCase{{text: "Her husband, Abdul Rahman, was among those who drowned.", count: 1}},
		[]string{"Her husband, Abdul Rahman, was among those who were rescued."}},
	// "martyrs" count the dead; a death noun that owns another noun far
	// after the number is no noun of it (deathWordAfter)
	{ruleDeathAdj,
		[]figureCase{{text: "Sixty martyrs have been buried in the town, the ministry said.", count: 60}},
		[]string{"Sixty mourners gathered at the martyrs' cemetery.",
			"Forty people gathered at the killings' site on Sunday."}},
}

func TestFigureRulesFx48Deaths(t *testing.T) {
	checkFigureRows(t, newTestExtractor(t), fx48DeathRules, "deaths")
}

// fx48AbsentDeaths are texts with a figure of their own whose other
// count must not be read: one person among the dead of a toll is part of
// it (amongDeadGroupEnds).
var fx48AbsentDeaths = []struct {
	text   string
	absent int64
}{
	{"Police said 12 people drowned. Her husband, Abdul Rahman, was among those who drowned.", 1},
	{"Rescuers recovered 12 bodies. Her son was among those killed in the landslide.", 1},
}

func TestFx48AbsentDeaths(t *testing.T) {
	ex := newTestExtractor(t)
	for _, c := range fx48AbsentDeaths {
		for _, d := range ex.Extract(c.text).Deaths {
			if d.Count == c.absent {
				t.Errorf("%q: want no %d, got %s", c.text, c.absent, describeFigures(ex.Extract(c.text), "deaths"))
			}
		}
	}
}
