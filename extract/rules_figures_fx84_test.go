package extract

import "testing"

// fx84TroopRules and fx84DeathRules hold the rows of the shapes fixed by
// fx84 (round r39e: deployments and tolls of past wars), kept apart from
// the main tables so that parallel work merges cleanly.
var fx84TroopRules = []figureRule{
	// the later size after "to" when "from" (perhaps "from a peak of")
	// opened a figure just read, its noun between (drawdownTo)
	{ruleTroopNumber,
		[]figureCase{{text: "The UN mission has fallen from a peak of around 20,000 uniformed personnel to some 11,000.", count: 11000},
			{text: "Kenya cut its contingent from a peak of 4,000 soldiers to about 1,500 last year.", count: 1500, country: "KE"}},
		[]string{"The price of grain has fallen from a peak of around 20,000 shillings to some 11,000.",
			"The number of refugees fell from a peak of 20,000 people to some 11,000."}},
	// "from a surge high of N to M": the peak with a modifier, read as
	// "from N" (fromOfPeak)
	{ruleTroopNumber,
		[]figureCase{{text: "US forces in Iraq fell from a surge high of about 170,000 to fewer than 50,000 by the end of August 2010.", count: 170000, country: "US"},
			{text: "US forces in Iraq fell from a surge high of about 170,000 to fewer than 50,000 by the end of August 2010.", count: 50000, country: "US"},
			{text: "The UN mission will reduce its strength from about 11,000 to 8,500 by the end of June.", count: 11000}},
		[]string{"Oil exports fell from a record high of about 170,000 barrels to fewer than 50,000 by August.",
			"The town's population fell from a postwar high of about 17,000 to fewer than 5,000."}},
	// the count of states the personnel come from does not stop the
	// casualty word after it; "not one" denies any (statesCountAfter,
	// notOneAt)
	{ruleTroopNoun,
		[]figureCase{{text: "The force has 2,300 servicemen from 11 countries.", count: 2300},
			{text: "Britain sent one soldier to the base.", count: 1, country: "GB"}},
		[]string{"A ceremony was held at the UN Memorial Cemetery, where 2,300 servicemen from 11 countries are buried.",
			"\"Nobody has put a number on the table,\" he said. \"Not one soldier.\""}},
	// "dwindled to" changes a force's size as "fell to" does (size-verb)
	{ruleTroopNumber,
		[]figureCase{{text: "The UK's deployment in Iraq, once 46,000 strong in the invasion phase, had dwindled to 4,100 by the time it left in 2009.", count: 4100, country: "GB"}},
		[]string{"The town's population had dwindled to 4,100 by 2009.",
			"Support for the plan had dwindled to 41 percent."}},
}

var fx84DeathRules = []figureRule{
	// a kind of deaths after the estimating verb, a span of years or an
	// aside of kinds before "at" (modifiedDeadPutAt, deadAsideToAt,
	// yearSpanAt)
	{ruleDeathToll,
		[]figureCase{{text: "A study by the International Rescue Committee put excess deaths between 1998 and 2007 at 5.4 million.", count: 5400000},
			{text: "Hanoi later put Vietnamese deaths, military and civilian, at about three million.", count: 3000000},
			{text: "Azerbaijan said 2,908 of its servicemen were killed in the war, and Armenia put its own military losses at 3,825.", count: 3825}},
		[]string{"The study put excess costs between 1998 and 2007 at 5.4 million.",
			"Analysts put its own military losses at 3,825 tanks.",
			"The agency put road deaths at 40 percent of the total."}},
	// soldiers "who fell in" a war (fellInBattle)
	{ruleDeathWho,
		[]figureCase{{text: "The names of the 741 Turkish soldiers who fell in Korea were read aloud in Ankara.", count: 741},
			{text: "A wreath was laid for the 255 British servicemen who fell during the campaign.", count: 255}},
		[]string{"The 20 soldiers who fell in love with local women were married.",
			"The 300 climbers who fell ill were treated.",
			"The 20 soldiers who fell behind were rescued."}},
	// a state's bare loss right after a sentence of the war's dead, and
	// the states gapped after it (lostBareAfterDeaths, gappedLoss)
	{ruleDeathActive,
		[]figureCase{{text: "Over twenty years, 2,461 American service members died in Afghanistan. Britain lost 457, Canada 158 and Germany 59.", count: 457},
			{text: "Over twenty years, 2,461 American service members died in Afghanistan. Britain lost 457, Canada 158 and Germany 59.", count: 59}},
		[]string{"The ruling party won 300 seats. Britain lost 457, Canada 158 and Germany 59.",
			"Sales of the game fell sharply last year. Britain lost 457, Canada 158 and Germany 59."}},
	// lives by side, a state's adjective before "lives" (stateLivesAfter,
	// secondStateLives)
	{ruleDeathActive,
		[]figureCase{{text: "The Falklands war cost 255 British and 649 Argentine lives.", count: 255},
			{text: "The Falklands war cost 255 British and 649 Argentine lives.", count: 649},
			{text: "The war claimed 649 Argentine lives.", count: 649}},
		[]string{"The strike cost 255 British and 649 Argentine jobs.",
			"The war cost 255 British jobs."}},
}

func TestFigureRulesFx84(t *testing.T) {
	ex := newTestExtractor(t)
	checkFigureRows(t, ex, fx84TroopRules, "troops")
	checkFigureRows(t, ex, fx84DeathRules, "deaths")
}
