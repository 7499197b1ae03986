package extract

import "testing"

// fx64OfficialRules: the PKK's armed wing named by its acronym
// (organizations.tsv HPG) holds its spokesman, no state; a Turkish
// ministry's spokesman keeps Turkey.
var fx64OfficialRules = []officialRuleCase{
	{rule: "armed-acronym", text: "Turkish troops shelled positions near Amadiya. Dilan Amed, an HPG spokesman, told the Firat news agency that the group had lost three men.",
		name: "Dilan Amed", country: "-", org: "HPG"},
	{rule: "armed-acronym", text: "Turkish troops shelled positions near Amadiya. Zeki Aktürk, a Turkish defence ministry spokesman, told reporters that three soldiers had died.",
		name: "Zeki Aktürk", country: "TR"},
}

func TestFx64OfficialRules(t *testing.T) {
	checkOfficialRows(t, fx64OfficialRules)
}
