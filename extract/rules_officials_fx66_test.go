package extract

import "testing"

// fx66OfficialRules hold the rows of the official shapes fixed by fx66
// (the blind r37a round, South and Southeast Asia).
var fx66OfficialRules = []officialRuleCase{
	// "the Islamic Emirate" is the Taliban's name for their government: a
	// rival government, its offices null with the body; the state's own
	// full name stays the state
	{rule: "islamic-emirate-body", text: "Zabihullah Hamidi, the chief spokesman of the Islamic Emirate, as the Taliban call their government, said mortar fire had hit homes.",
		name: "Zabihullah Hamidi", title: "chief spokesman", country: "-", org: "Taliban"},
	{rule: "islamic-emirate-body", text: "Enayatullah Sadiq, a spokesman for the Afghan defence ministry, said three border guards had died.",
		name: "Enayatullah Sadiq", title: "spokesman", country: "AF", org: "-"},
}

func TestFx66OfficialRules(t *testing.T) {
	checkOfficialRows(t, fx66OfficialRules)
}
