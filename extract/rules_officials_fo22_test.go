package extract

import "testing"

// fo22OfficialRules: a roundup of briefs, each item opening with its own
// dateline, gives a bare title in a later item that item's dateline's state
// (sceneDatelineState); a paragraph that merely opens with a place is no
// dateline and changes nothing.
var fo22OfficialRules = []officialRuleCase{
	{rule: "scene-dateline", text: "OSLO (Reuters) - Norway will buy four new frigates, its navy said on Monday. The ships will be built in Britain.\n\nTALLINN (AP) - A court on Tuesday jailed a man for smuggling fuel across the border with Russia. Judge Mirjam Toomla said the fraud was organised.",
		name: "Mirjam Toomla", title: "Judge", country: "EE"},
	{rule: "scene-dateline", text: "OSLO, May 3 (Reuters) - Norway will buy four new frigates, its navy said on Monday.\n\nWARSAW, May 3 (PAP) - Two soldiers were hurt in a training accident near the border with Belarus. Spokeswoman Ewa Lisowska said both would recover.",
		name: "Ewa Lisowska", title: "Spokeswoman", country: "PL"},
	// a body that spoke in an earlier item is no antecedent of a bare title in a later one (sceneStart)
	{rule: "scene-dateline", text: "HELSINKI (Reuters) - Finland's army said on Monday it would move a brigade north.\n\nREYKJAVIK (AP) - A patrol vessel escorted a trawler out of port on Monday. Spokeswoman Sigrun Haldorsdottir said nobody was hurt.",
		name: "Sigrun Haldorsdottir", title: "Spokeswoman", country: "IS"},
	{rule: "scene-dateline", text: "HELSINKI (Reuters) - Finland's army said on Monday it would move a brigade north. A patrol vessel escorted a trawler out of port on Monday. Spokeswoman Sigrun Haldorsdottir said nobody was hurt.",
		name: "Sigrun Haldorsdottir", title: "Spokeswoman", country: "FI"},
	// negative: a paragraph opening with a place in capitals but no dash or agency
	{rule: "scene-dateline", text: "OSLO (Reuters) - Norway will buy four new frigates, its navy said on Monday.\n\nTALLINN officials said on Monday they wanted ships too. The order is large.\n\nThe fraud was organised, Judge Mirjam Toomla said on Monday.",
		name: "Mirjam Toomla", title: "Judge", country: "NO"},
}

func TestFo22OfficialRules(t *testing.T) { checkOfficialRows(t, fo22OfficialRules) }
