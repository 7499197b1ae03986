package extract

import "testing"

// fx90OfficialRules hold the rows of the official shapes fixed by fx90
// (the blind r40a round), kept apart from officialRules so that parallel
// work merges cleanly.
var fx90OfficialRules = []officialRuleCase{
	// an alliance command named by the region it commands keeps that word
	// in the title, which names no one (compound_titles.tsv)
	{rule: "alliance-command-title", text: "BRUSSELS (Reuters) - Talks ended. The alliance's Supreme Allied Commander Europe, General Jan Morrow, said the plan would hold.",
		name: "Jan Morrow", title: "Supreme Allied Commander Europe", absent: "Europe"},
	{rule: "alliance-command-title", text: "BRUSSELS (Reuters) - Talks ended. The alliance's commander in Europe, General Jan Morrow, said the plan would hold.",
		name: "Jan Morrow", absent: "Europe"},
	// a bare "counterpart" or a former role yields to a present office
	// told in another mention (relationalYields)
	{rule: "relation-yields-to-office", text: "KYIV - Talks ended. The Russian commissioner met her Ukrainian counterpart, Pavlo Hrytsak, on Friday. Hrytsak, Ukraine's parliamentary ombudsman, said the lists were being studied.",
		name: "Pavlo Hrytsak", title: "parliamentary ombudsman", country: "UA"},
	{rule: "relation-yields-to-office", text: "KYIV - Talks ended. Pavlo Hrytsak, a former lawmaker, met the envoys on Friday. Hrytsak, Ukraine's parliamentary ombudsman, said the lists were being studied.",
		name: "Pavlo Hrytsak", title: "parliamentary ombudsman", country: "UA"},
	{rule: "relation-yields-to-office", text: "KYIV - Talks ended. The Russian commissioner met her Ukrainian counterpart, Pavlo Hrytsak, on Friday. Hrytsak said the lists were being studied.",
		name: "Pavlo Hrytsak", title: "counterpart", country: "UA"},
	{rule: "relation-yields-to-office", text: "MADRID - The vote ended. The Socialist candidate, Rosa Ibarra, a former government spokeswoman, conceded defeat.",
		name: "Rosa Ibarra", title: "former government spokeswoman", country: "ES"},
}

func TestFx90OfficialRules(t *testing.T) {
	checkOfficialRows(t, fx90OfficialRules)
}
