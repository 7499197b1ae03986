package extract

import "testing"

// fd12DeathRules hold the rows of the shapes fixed after the blind round
// r29 (fd12, session 29), and rows that pin the joined-group and subset
// policy counted over all the gold (see the comment above joinedParts).
var fd12DeathRules = []figureRule{
	// a noun with "and his/her" kin after it is a person: the family is one sum
	{ruleDeathList,
		[]figureCase{{text: "A shepherd and his two sons died when lightning struck their tent.", count: 3},
			{text: "A beekeeper and her two sons died when the hives caught fire.", count: 3}},
		[]string{"A shepherd and his two sons were rescued from the flooded valley.",
			"A German shepherd and her two puppies died in the fire."}},
	// those who work under a tradesman are people counted with him
	{ruleDeathObject,
		[]figureCase{{text: "The bridge collapse killed a welder and two of his apprentices.", count: 3}},
		[]string{"The bridge collapse injured a welder and two of his apprentices."}},
	// militiamen are armed men: two sides "left dead" are counted apart (policy), elders are people
	{ruleDeathAdj,
		[]figureCase{{text: "The clan clash left nine militiamen and two elders dead.", count: 2}},
		[]string{"The clan clash left nine militiamen and two elders wounded."}},
	{ruleDeathActive,
		[]figureCase{{text: "The clan clash left nine militiamen and two elders dead.", count: 9},
			{text: "The army said it had eliminated 15 militiamen near the border.", count: 15}},
		[]string{"The army said it had disarmed 15 militiamen near the border."}},
	// a family list after "the dead included" is counted whole, not its numbered part
	{ruleDeathList,
		[]figureCase{{text: "Relatives said the dead included a grandmother, her daughter and four grandchildren.", count: 6},
			{text: "Police said the dead included a mother and her three sons.", count: 4}},
		[]string{"The injured included a grandmother, her daughter and four grandchildren.",
			"The guests included a grandmother, her daughter and four grandchildren."}},
	// a list of strangers after "the dead included" gives its numbered part (policy)
	{ruleDeathPass,
		[]figureCase{{text: "The dead included 11 children and a nurse.", count: 11}},
		[]string{"The injured included 11 children and a nurse."}},
	// ", the fourth to die" ranks a single death: the running toll
	{ruleDeathOne,
		[]figureCase{{text: "The miner pulled from the pit on Saturday died in hospital, the fourth to die since the collapse.", count: 4},
			{text: "A nurse was shot dead on Friday, the fifth to be killed at the clinic this year.", count: 5}},
		[]string{"A miner was pulled from the pit alive on Saturday, the fourth to survive the collapse.",
			"A runner collapsed at the finish, the fourth to arrive."}},
	// an event's toll raised "to N from the M it reported": M is its earlier figure
	{ruleDeathToll,
		[]figureCase{{text: "The committee raised the mudslide toll to 16 from the 11 it reported on Monday evening.", count: 11}},
		[]string{"The agency raised the flood damage estimate to 40 from the 31 it gave on Friday.",
			"The storm toll on farms rose to 40 from the 31 it gave on Friday."}},
	// a raised figure's further steps: "then raised the figure to 33 and finally to 34"
	{ruleDeathToll,
		[]figureCase{{text: "Officials first said 12 people had died, then raised the figure to 33 and finally to 34.", count: 34},
			{text: "Officials first reported 17 deaths, then raised the figure to 27, then to 31.", count: 31}},
		[]string{"Officials first said 12 homes were lost, then raised the figure to 33 and finally to 34."}},
	// a step after a time phrase, and one that "settled on" the last figure
	{ruleDeathToll,
		[]figureCase{{text: "Officials first put the dead at nine, raised the figure to 22 at midday and settled on 31 by evening.", count: 31},
			{text: "Officials first said 12 people had died, raised the figure to 22 on Monday and to 31 on Tuesday.", count: 31}},
		[]string{"Officials first put the homes lost at nine, raised the figure to 22 at midday and settled on 31 by evening."}},
	// those a disaster buried, set apart from the missing, are dead
	{ruleDeathActive,
		[]figureCase{{text: "Volcanic mudflows after the eruption buried at least 190 people, while 235 remain missing.", count: 190},
			{text: "The avalanche buried 12 climbers; eight others are still missing.", count: 12}},
		[]string{"The avalanche buried 12 climbers; eight were pulled out alive and four are missing.",
			"The landslide buried 40 houses, and 12 people are missing."}},
	// policy: a subset "N of them" is a figure beside its whole
	{ruleDeathSubset,
		[]figureCase{{text: "A gas explosion in an apartment block killed seven people, two of them children.", count: 2}},
		[]string{"A gas explosion in an apartment block injured seven people, two of them children."}},
	// policy: two counted groups joined by "and" give their sum and their parts
	{ruleDeathPass,
		[]figureCase{{text: "Three rebels and two civilians were killed in the encounter, the army said.", count: 5}},
		[]string{"Three rebels and two civilians were wounded in the encounter, the army said."}},
	{ruleDeathSubset,
		[]figureCase{{text: "Three rebels and two civilians were killed in the encounter, the army said.", count: 3},
			{text: "An air strike on a school killed 20 children and two teachers.", count: 20}},
		[]string{"An air strike on a school injured 20 children and two teachers."}},
}

func TestFd12FigureRules(t *testing.T) {
	checkFigureRows(t, newTestExtractor(t), fd12DeathRules, "deaths")
}
