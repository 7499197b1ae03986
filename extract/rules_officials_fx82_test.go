package extract

import "testing"

// fx82OfficialRules hold the rows of the official shapes fixed by fx82
// (the blind r39c round, Middle East and North Africa).
var fx82OfficialRules = []officialRuleCase{
	// a state's name that opens a holder's two-word name after a title and
	// a comma is a given name (stateOpensCommaHolderName)
	{rule: "state-opens-comma-name", text: "Israeli forces withdrew. Israel's defence minister, Israel Katz, said the army would stay.",
		name: "Israel Katz", title: "defence minister", country: "IL"},
	{rule: "state-opens-comma-name", text: "Israeli forces withdrew. The defence minister, Israel Moshe, said the army would stay. Moshe added that talks went on.",
		name: "Israel Moshe", title: "defence minister"},
	{rule: "state-opens-comma-name", text: "Israeli forces withdrew. The defence minister, Israel Hayom reported, said the army would stay.",
		absent: "Israel Hayom"},
	// "Its" before a bare local form stands for the state that opened the
	// sentence before (itsSubjectState)
	{rule: "its-local-form", text: "Iran buried the dead and blamed militants. Pakistan condemned the attack. Iran's border runs for 900 km. Iran said more. Pakistan condemned it. Its Foreign Office spokesman, Tahir Andrabi, said Islamabad had moved troops.",
		name: "Tahir Andrabi", country: "PK"},
	{rule: "its-local-form", text: "Britain and Iran spoke. The ministry condemned the attack. Its Foreign Office spokesman, Tom Andrews, said London was watching Iran and Iran's border.",
		name: "Tom Andrews", country: "GB"},
	// an aide "to" a body serves it: its office (complementPlacesBefore)
	{rule: "aide-to-body", text: "Hamas denied it. Basha Tibeig, an adviser to Hamas, said the group had not targeted civilians.",
		name: "Basha Tibeig", title: "adviser", country: "-", org: "Hamas"},
	{rule: "aide-to-body", text: "Hamas denied it. Basha Tibeig, a visitor to Hamas, said the group had not targeted civilians.",
		absent: "Basha Tibeig"},
	// a compass word and "commander", no state written: a divided
	// country's rival command (regionCommander)
	{rule: "region-commander", text: "Turkey backs Tripoli. Russia, which backs the eastern commander Khalifa Haftar, has troops in Libya.",
		name: "Khalifa Haftar", title: "eastern commander", country: "-"},
	{rule: "region-commander", text: "Ukraine is fighting. Ukraine's eastern commander, Oleksandr Tarnavsky, said the line held.",
		name: "Oleksandr Tarnavsky", title: "eastern commander", country: "UA"},
	// "Its" after "The STATE-led coalition" is the coalition's, no
	// state's (itsMultinationalForce, ledCompoundEnd)
	{rule: "its-led-coalition", text: "Fighting went on in Yemen. The Saudi-led coalition did not confirm the figure. Its spokesman, Brigadier General Turki al-Maliki, said the coalition was moving.",
		name: "Turki al-Maliki", country: "-"},
	{rule: "its-led-coalition", text: "Fighting went on in Yemen. The Saudi army did not confirm the figure. Its spokesman, Brigadier General Turki al-Maliki, said the army was moving.",
		name: "Turki al-Maliki", country: "SA"},
	// "made in CAPITAL by TITLE NAME": the capital places the state's
	// body the title holder speaks for (capitalBeforeAgent)
	{rule: "capital-before-agent", text: "Israel and Indonesia spoke. The announcement, made in Jakarta by ministry spokesman Brigadier General Frega Wenas, came hours after Israel said it would not agree.",
		name: "Frega Wenas", country: "ID"},
	{rule: "capital-before-agent", text: "Israel and Indonesia spoke. The announcement, made in Geneva by ministry spokesman Brigadier General Frega Wenas, came hours after Israel said it would not agree.",
		name: "Frega Wenas", country: "IL"},
	// "whom it named as NAME, was a ROLE": the copula after the naming
	// clause (namedAsBefore); a participle after the role ends it
	// (participleAfterTitle)
	{rule: "named-as-copula", text: "Israel's military said one of the men killed, whom it named as Ali Khalil, was a Hezbollah commander.",
		name: "Ali Khalil", title: "commander", country: "-", org: "Hezbollah"},
	{rule: "named-as-copula", text: "Israel's military said one of the men killed, whom it named as Ali Khalil, was a good father.",
		absent: "Ali Khalil"},
	{rule: "participle-after-title", text: "Israel's military said Ali Khalil was a Hezbollah commander rebuilding the group's rocket network.",
		name: "Ali Khalil", title: "commander", org: "Hezbollah"},
	{rule: "participle-after-title", text: "Israel's military said Ali Khalil was a Hezbollah commander's driving instructor.",
		absent: "Ali Khalil"},
}

func TestFx82OfficialRules(t *testing.T) {
	checkOfficialRows(t, fx82OfficialRules)
}
