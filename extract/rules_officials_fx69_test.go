package extract

import "testing"

// fx69OfficialRules hold the rows of the official shapes fixed by fx69
// (the blind r37e round, the Middle East and Iran).
var fx69OfficialRules = []officialRuleCase{
	// a ruler's title that Arab names carry, after an office and before
	// one name word, is the given name (inNameAfterOffice); a courtesy
	// title stays a title
	{rule: "in-name-after-office", text: "\"We are counting the dead again,\" said Marib Governor Sultan al-Arada.",
		name: "Sultan al-Arada", country: "YE"},
	{rule: "in-name-after-office", text: "Riyadh Governor Prince Faisal said the roads were closed.",
		name: "Faisal", absent: "Prince Faisal"},
	// "the force's" before an apposed role, with no force named back to
	// it, stands for the mission named before (missionOwner)
	{rule: "force-owner-mission", text: "The rotation leaves UNIFIL with 9,600 personnel, according to Lieutenant General Emilio Santangelo Ferri, the force's head of mission and force commander.",
		name: "Emilio Santangelo Ferri", country: "-", org: "UNIFIL"},
	{rule: "force-owner-mission", text: "UNIFIL was hit. The Israeli Air Force struck twice. Brigadier General Avi Cohen, the force's commander, said the strike was lawful.",
		name: "Avi Cohen", country: "IL", org: "-"},
}

func TestFx69OfficialRules(t *testing.T) {
	checkOfficialRows(t, fx69OfficialRules)
}
