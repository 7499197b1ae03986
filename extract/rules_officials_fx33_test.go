package extract

import "testing"

// fx33OfficialRules hold the rows of the officials' states fixed by fx33
// (r31c held-out: a bare counterpart, a scene frame or a contingent
// before a rank, an unknown acronym before an organ noun, a present
// body's office before a former state office, a named common-noun body
// before ", whose"), kept apart from officialRules so that parallel work
// merges cleanly.
var fx33OfficialRules = []officialRuleCase{
	// a bare "counterpart" refers back to the counterpart an earlier
	// sentence gives with its adjective
	{rule: "counterpart-back", text: "TASHKENT (Reuters) - Foreign Minister Dilshod Karimov of Uzbekistan said he had raised the dam dispute with his Tajik counterpart. His counterpart, Rustam Sharipov, said Dushanbe wanted a deal this year.",
		name: "Rustam Sharipov", title: "counterpart", country: "TJ"},
	{rule: "counterpart-back", text: "TASHKENT (Reuters) - Foreign Minister Dilshod Karimov of Uzbekistan said he had raised the dam dispute with his Tajik counterpart. The Kyrgyz counterpart, Almaz Toktomushev, said Bishkek was not consulted.",
		name: "Almaz Toktomushev", country: "KG"},
	// "In CAPITAL, the army spokesman, RANK NAME": the frame is the scene
	{rule: "framed-own-sentence", text: "MOGADISHU (Reuters) - Somalia's government said on Monday that Burundi would pull its soldiers out of the African Union mission by June. Somali officials said the Somali army would take over the bases. In Bujumbura, the army spokesman, Colonel Eric Ndayishimiye, said the troops were coming home proudly.",
		name: "Eric Ndayishimiye", country: "BI"},
	{rule: "framed-own-sentence", text: "MOGADISHU (Reuters) - Somalia's government said on Monday that Burundi would pull its soldiers out of the African Union mission by June. Somali officials said the Somali army would take over the bases. In Bujumbura, Somalia's army spokesman, Colonel Abdi Nur Hassan, said the troops were coming home proudly.",
		name: "Abdi Nur Hassan", country: "SO"},
	// "A spokesman for the contingent, RANK NAME": the force named before
	{rule: "opener-force", text: "MOGADISHU (Reuters) - Floods in Somalia have killed 30 people, the Somali government said. In Beledweyne, Djiboutian troops serving with the African Union mission moved residents to higher ground. A spokesman for the contingent, Captain Omar Ali Robleh, said 200 soldiers had joined the effort in Somalia.",
		name: "Omar Ali Robleh", country: "DJ"},
	{rule: "opener-force", text: "MOGADISHU (Reuters) - Floods in Somalia have killed 30 people, the Somali government said. In Beledweyne, Djiboutian troops serving with the African Union mission moved residents to higher ground. A spokesman for the Somali army, Captain Abdi Warsame, said 200 soldiers had joined the effort in Somalia.",
		name: "Abdi Warsame", country: "SO"},
	// an acronym of its own before an organ noun is no international
	// body's organ
	{rule: "title-acronym-organ", text: "ADDIS ABABA (Reuters) - The African Union urged calm in Sudan. In Nairobi, NDOC commissioner Peter Mwangi Kamau said 40 people had died in the floods in Kenya.",
		name: "Peter Mwangi Kamau", org: "-"},
	{rule: "title-acronym-organ", text: "ADDIS ABABA (Reuters) - The African Union urged calm in Sudan on Monday. Peace and Security Commissioner Bankole Adeyemi told reporters the bloc would send envoys.",
		name: "Bankole Adeyemi", country: "-", org: "African Union Commission"},
	// a present office in a named body before a former state office
	{rule: "present-over-former", text: "NAIROBI (Reuters) - The opposition National Unity Party (NUP) backed the bill on Monday. The NUP chairman, former Trade Minister Joseph Kiprop Langat, did not comment.",
		name: "Joseph Kiprop Langat", title: "NUP chairman", country: "-"},
	{rule: "present-over-former", text: "ASUNCION (Reuters) - Paraguay's electoral court declared the Colorado candidate, former finance minister Santiago Benitez Ortiz, the winner on Monday.",
		name: "Santiago Benitez Ortiz", title: "former finance minister", country: "PY"},
	// "The NAME ambulance service, whose director": a named body that is
	// no state's agency
	{rule: "whose-named-body", text: "MOGADISHU (Reuters) - A car bomb killed 12 people near the port on Sunday. The Hiran ambulance service, whose director, Dr. Yusuf Ali Warsame, said his crews had carried 40 people, gave the toll.",
		name: "Yusuf Ali Warsame", country: "-", org: "Hiran ambulance service"},
	{rule: "whose-named-body", text: "MOGADISHU (Reuters) - A car bomb killed 12 people near the port on Sunday. The Somali police service, whose spokesman, Major Hassan Abdi Nur, said the attackers were dead, gave the toll.",
		name: "Hassan Abdi Nur", country: "SO"},
	// a state's adjective and a lower-case institution noun close the
	// complement: "a member of the Kyrgyz parliament" is a legislator
	// (bodies.go stateBodyNounAfter)
	{rule: "state-body-noun", text: "BISHKEK (Reuters) - Shelling resumed near the border on Monday. Nurlan Sadykov, a member of the Kyrgyz parliament who represents Leilek, said families had fled.",
		name: "Nurlan Sadykov", country: "KG"},
	{rule: "state-body-noun", text: "BISHKEK (Reuters) - Shelling resumed near the border on Monday. Nurlan Sadykov, a member of the Kyrgyz wrestling team, said families had fled.",
		absent: "Nurlan Sadykov"},
}

func TestFx33OfficialRules(t *testing.T) { checkOfficialRows(t, fx33OfficialRules) }
