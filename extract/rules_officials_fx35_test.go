package extract

import "testing"

// fx35OfficialRules: r32b. A party name several states' parties share
// seats its legislator in the state the story is about; a legislator of
// a party written in full keeps the party's state; "Dominican" is the
// Dominican Republic's unless the text names Dominica by its own forms.
var fx35OfficialRules = []officialRuleCase{
	// a shared party name: the story's state, not the gazetteer's default
	{rule: "shared-party-home", text: "SEOUL - North Korea fired a missile on Friday, South Korea's military said. Park Ji-hoon, a lawmaker of the ruling Democratic Party, said talks should resume.",
		name: "Park Ji-hoon", title: "lawmaker", country: "KR", org: "Democratic Party"},
	{rule: "shared-party-home", text: "WELLINGTON - Parliament sat late on Thursday as New Zealand debated the budget. Aroha Tane, a Labour Party MP, said the cuts went too far.",
		name: "Aroha Tane", country: "NZ"},
	// negative: the party's own state keeps it
	{rule: "shared-party-home", text: "WASHINGTON - The Senate voted on Friday. Joan Whitfield, a Democratic Party senator from Ohio, said the bill would pass.",
		name: "Joan Whitfield", country: "US"},
	// negative: a name no other state's party holds keeps its state
	{rule: "shared-party-home", text: "SEOUL - North Korea fired a missile on Friday, South Korea's military said. Park Ji-hoon, a lawmaker of the opposition People Power Party, said talks had failed.",
		name: "Park Ji-hoon", country: "KR"},
	// a legislator of a party written in full, after "ruling": the party's state
	{rule: "party-legislator-written", text: "TOKYO - Japan protested to China on Monday, the coast guard said. Taro Kimura, a lawmaker of the ruling Liberal Democratic Party, called for more patrols.",
		name: "Taro Kimura", title: "lawmaker", country: "JP"},
	{rule: "party-legislator-written", text: "TOKYO - Japan protested to China on Monday, the coast guard said. Taro Kimura, a lawmaker of the ruling Liberal Democratic Party who sits on the security committee, called for more patrols.",
		name: "Taro Kimura", country: "JP"},
	// negative: the party's own office stays the party's
	{rule: "party-legislator-written", text: "TOKYO - Japan protested to China on Monday, the coast guard said. Taro Kimura, secretary general of the ruling Liberal Democratic Party, called for more patrols.",
		name: "Taro Kimura", country: "-"},
	// "Dominican" with the Dominican Republic named
	{rule: "shared-demonym", text: "SANTO DOMINGO - The Dominican Republic closed its border with Haiti on Monday. Dominican Interior Minister Rosa Tavárez said the crossings would stay shut.",
		name: "Rosa Tavárez", country: "DO"},
	// negative: Dominica named by its capital
	{rule: "shared-demonym", text: "ROSEAU - A storm hit the island on Monday. Dominican Prime Minister Marcus Leblanc said roads were being cleared.",
		name: "Marcus Leblanc", country: "DM"},
}

func TestFx35OfficialRules(t *testing.T) { checkOfficialRows(t, fx35OfficialRules) }

// fx35TroopRules: "Dominican" forces are the Dominican Republic's with no
// clue, Dominica's where the text names Dominica or Roseau.
var fx35TroopRules = []figureRule{
	{ruleTroopNoun,
		[]figureCase{{text: "The Dominican navy said it had sent 300 sailors to patrol the coast near the border with Haiti.", count: 300, country: "DO"},
			{text: "Dominica's cabinet met in Roseau on Monday. The Dominican police said 40 officers had been sent to the north of the island.", count: 40, country: "DM"}},
		[]string{"The Dominican friars said 300 pilgrims had visited the shrine."}},
}

func TestFigureRulesFx35(t *testing.T) {
	checkFigureRows(t, newTestExtractor(t), fx35TroopRules, "troops")
}
