package extract

import "testing"

// fd13DeathRules hold the rows of the shapes fixed after the blind round
// r29f (fd13, session 29).
var fd13DeathRules = []figureRule{
	// a toll risen "to N", a time phrase, then "from M": M is the earlier toll
	{ruleDeathToll,
		[]figureCase{{text: "The death toll from the heatwave in Sindh rose to 142 on Friday from 97 a day earlier, health officials said.", count: 97},
			{text: "The death toll from the floods climbed to 61 overnight from 48, officials said.", count: 48}},
		[]string{"The price of bread rose to 30 on Sunday from 22 a week earlier.",
			"The number of flights rose to 142 on Friday from 97 a day earlier."}},
	// a measure after a verb of reaching is no toll: "topped 44 degrees"
	{ruleDeathToll,
		[]figureCase{{text: "The death toll from the heatwave rose to 142 on Friday, officials said, as temperatures in Karachi topped 44 degrees Celsius.", count: 142}},
		[]string{"The heat took its toll on the crops as temperatures in Karachi topped 44 degrees Celsius."}},
	// a single victim with his unit or place after him, then "and N" more: the sum
	{ruleDeathList,
		[]figureCase{{text: "A soldier of the Frontier Corps and three militants were killed in the exchange of fire near Turbat.", count: 4},
			{text: "A policeman from Kano and two bystanders died in the blast.", count: 3}},
		[]string{"A soldier of the Frontier Corps and three militants were wounded in the exchange of fire near Turbat.",
			"A policeman from Kano and two bystanders were arrested after the blast."}},
	// "put the number who drowned at N": the verb of dying says what is counted
	{ruleDeathToll,
		[]figureCase{{text: "Haiti's civil protection agency put the number who drowned near Jérémie at six.", count: 6},
			{text: "The ministry put the number of people who died in the floods at 40.", count: 40}},
		[]string{"The ministry put the number who were rescued near Jérémie at six.",
			"The agency put the number who drowned at six percent."}},
	// "not the N first announced" after a clause that counts the dead with a verb
	{ruleDeathCompare,
		[]figureCase{{text: "Authorities now say 18 people perished when the footbridge gave way, not the 21 first announced.", count: 21}},
		[]string{"Authorities now say 18 people were hurt when the footbridge gave way, not the 21 first announced.",
			"Authorities now say 18 homes collapsed when the river rose, not the 21 first announced."}},
	// a side that "lost N of its people" tells its dead
	{ruleDeathActive,
		[]figureCase{{text: "Slovakia has lost nine of its people on an ordinary morning, the prime minister said.", count: 9},
			{text: "The army lost 12 of its soldiers in the ambush.", count: 12}},
		[]string{"The party lost nine of its seats in the election.",
			"The club lost nine of its players to injury this season."}},
	// a bare toll raised "to at least N, from the M it gave": M its earlier figure
	{ruleDeathToll,
		[]figureCase{{text: "The army later raised the toll to at least 23, from the 17 it gave on Friday.", count: 17}},
		[]string{"The board later raised the fee to at least 23, from the 17 it gave on Friday."}},
	// "some N of them" after a place: the hedged part of a toll
	{ruleDeathSubset,
		[]figureCase{{text: "The 2004 tsunami killed about 230,000 people around the Indian Ocean, some 167,000 of them in Aceh.", count: 167000},
			{text: "The floods killed 230 people, some 167 of them in Sindh.", count: 167}},
		[]string{"The floods displaced 230,000 people, some 167,000 of them in Sindh."}},
	// a count of the dead changed "more than doubled, to N": the comma after the verb
	{ruleDeathToll,
		[]figureCase{{text: "Two days after the quake, the number of people confirmed dead has more than doubled, to 340.", count: 340}},
		[]string{"The number of people evacuated has more than doubled, to 340."}},
	// members of armed movements named after a creed or leader are people counted
	{ruleDeathList,
		[]figureCase{{text: "More than 280 suspected Maoists have been killed in Chhattisgarh this year, according to police figures.", count: 280}},
		[]string{"Police arrested 12 Islamists in the raid."}},
	{ruleDeathPass,
		[]figureCase{{text: "Police said 12 Islamists were killed in the raid.", count: 12}},
		[]string{"More than 280 suspected Maoists have surrendered in Chhattisgarh this year."}},
}

func TestFd13FigureRules(t *testing.T) {
	checkFigureRows(t, newTestExtractor(t), fd13DeathRules, "deaths")
}
