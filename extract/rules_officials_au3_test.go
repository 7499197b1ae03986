package extract

import "testing"

// au3OfficialRules: a role written after a capitalised name no gazetteer
// knows, which the story names on its own elsewhere, is that body's (a
// company's, club's or group's), not the story's state's; rows that must
// keep their state (a town's service, a spelled-out state agency, a
// common noun at a sentence's start).
var au3OfficialRules = []officialRuleCase{
	{rule: "unknown-owner-title", text: "Shares in Brackwell fell in Paris after a profit warning. Former Brackwell finance chief Tomas Verlaine said the books had been checked.",
		name: "Tomas Verlaine", title: "Former finance chief", country: "-", org: "Brackwell"},
	{rule: "unknown-owner-title", text: "The French regulator fined the broadcaster Zentro on Monday. Zentro spokeswoman Ines Karlsson said the network would appeal.",
		name: "Ines Karlsson", title: "spokeswoman", country: "-", org: "Zentro"},
	{rule: "unknown-owner-title", text: "Prices of Kellmann shares rose in Berlin as Germany's economy grew. Kellmann board member Jorg Adler welcomed the figures.",
		name: "Jorg Adler", title: "board member", country: "-", org: "Kellmann"},
	// negatives: a word the article writes in lower case, a town's police,
	// a state agency spelled out, a committee, a name never written alone
	{rule: "unknown-owner-title", text: "Iron prices rose in Japan. Steel output fell in Osaka. Steel analyst Tomas Verlaine said steel demand was weak.",
		name: "Tomas Verlaine", org: "-"},
	{rule: "unknown-owner-title", text: "Two men were shot in Brackley, Ohio, on Sunday, and Brackley residents were shaken. Brackley Police Chief Dana Moore said officers had made an arrest.",
		name: "Dana Moore", country: "US", org: "-"},
	{rule: "unknown-owner-title", text: "The National Emergency Management Office (Namo) said six died in Tonga. Namo director Sione Vake said teams had reached the islands.",
		name: "Sione Vake", country: "TO", org: "-"},
	{rule: "unknown-owner-title", text: "Germany's jobless total rose in January. Kellmann chairman Jorg Adler said the figures were poor.",
		name: "Jorg Adler", org: "-"},
}

func TestAu3OfficialRules(t *testing.T) {
	checkOfficialRows(t, au3OfficialRules)
}
