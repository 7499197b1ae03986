package extract

import "testing"

// fx42: a government an armed group backs or runs, a rival government
// named as the subject before "Its", a body's initials after its full
// name, a place's head after the place, the head of "its" unit.
func TestOfficialsFx42(t *testing.T) {
	checkOfficialRows(t, []officialRuleCase{
		{rule: "patron-government", text: "KHARTOUM (Reuters) - A drone strike on a market killed 40 people, Sudan's army said.\n\nMubarak Idris Hamdan, finance minister in the RSF-backed Government of Peace and Unity, said the toll was lower.",
			name: "Mubarak Idris Hamdan", country: "-", org: "Government of Peace and Unity"},
		{rule: "patron-government", text: "ADEN, Yemen (Reuters) - Air strikes on the port killed 12 people on Monday.\n\nYahya Ali al-Sharafi, water minister in the Houthi-run government in Sanaa, said most of the dead were dockers.",
			name: "Yahya Ali al-Sharafi", country: "-", org: "Houthis"},
		{rule: "patron-government", text: "ADEN, Yemen (Reuters) - Strikes killed 38 people on Monday.\n\nQasem Buhaibeh, health minister in the Saudi-backed government in Aden, said most of the dead were port workers.",
			name: "Qasem Buhaibeh", org: "-"}, // a state backs it: no group's government
		{rule: "rival-government-named", text: "YANGON (Reuters) - An air strike killed 20 people.\n\nThe National Unity Government, the shadow administration formed by ousted lawmakers, said 20 people had been killed. Its education minister, Thein Lwin Oo, urged the U.N. to act.",
			name: "Thein Lwin Oo", country: "-", org: "National Unity Government"},
		{rule: "rival-government-named", text: "ERBIL, Iraq (Reuters) - Drone strikes hit an oil field.\n\nThe Kurdistan Regional Government said output had stopped. Its natural resources minister, Kamal Aziz Rashid, said repairs would take weeks.",
			name: "Kamal Aziz Rashid", country: "IQ"},
		{rule: "org-initials", text: "YANGON (Reuters) - An air strike on a hospital in Kyauktaw killed 34 people, the Arakan Army said.\n\n\"There was no military target,\" AA spokesman Khine Thu Kha told Reuters by phone.",
			name: "Khine Thu Kha", country: "-", org: "Arakan Army"},
		{rule: "org-initials", text: "NAIROBI (Reuters) - Kenya's parliament passed the finance bill on Tuesday.\n\n\"We will appeal,\" KB spokesman Peter Otieno Mbugua told reporters.",
			name: "Peter Otieno Mbugua", org: "-"},
	})
}

// fx42: a bare title of a place's head takes the state of the town or
// region its sentence names before it, not of a state's adjective there.
func TestOfficialsFx42LocalHead(t *testing.T) {
	checkOfficialRows(t, []officialRuleCase{
		{rule: "local-head-place", text: "Welcome to our live coverage. A U.S. envoy arrived in Kyiv for talks.\n\nAt least three people were killed when Russian drones hit the Kholodnohirskyi district of Kharkiv overnight, the regional governor, Ihor Petrenko-Sas, said on Telegram.",
			name: "Ihor Petrenko-Sas", country: "UA"},
		{rule: "local-head-place", text: "At least three people were killed when Russian drones hit a power plant overnight, the regional governor, Ihor Petrenko-Sas, said on Telegram.",
			name: "Ihor Petrenko-Sas", country: "RU"},
	})
}
