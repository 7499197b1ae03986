package extract

import "testing"

// fx86OfficialRules hold the rows of the officials fixed by fx86 (r39c
// and r39d blind rounds: the Middle East and unusual formats).
var fx86OfficialRules = []officialRuleCase{
	// a bracketed acronym spelling out a plain body's name with an of- or
	// for-phrase: the body's office, not the dateline's state
	{rule: "bracketed-plain-body", text: "STOCKHOLM – Peacekeepers are dying, says a review published on Tuesday by the Nordic Centre for Peace Operations (NCPO).\n\"Missions are smaller,\" said Karin Lindqvist, director of the NCPO.",
		name: "Karin Lindqvist", country: "-", org: "Nordic Centre for Peace Operations"},
	{rule: "bracketed-plain-body", text: "LONDON – Rates were held on Thursday by the Monetary Policy Committee (MPC) of the Bank of England.\n\"Inflation is falling,\" said Paul Tucker, a member of the MPC.",
		name: "Paul Tucker", country: "GB"},
	// a force's noun after a word that makes it an armed group's: no state's
	{rule: "nonstate-force-mod", text: "DAMASCUS – Clashes in Syria's Deir ez-Zor killed ten. Hamed al-Assaad, a spokesman for the tribal forces, denied that they took orders from the government.",
		name: "Hamed al-Assaad", country: "-"},
	{rule: "nonstate-force-mod", text: "DAMASCUS – Clashes in Syria's Deir ez-Zor killed ten. Hamed al-Assaad, a spokesman for the government forces, denied that they took orders from abroad.",
		name: "Hamed al-Assaad", country: "SY"},
	// a part of a body right after its name: "the RSF leadership"
	{rule: "body-part-after-name", text: "KHARTOUM – The RSF denied responsibility. \"Our forces do not target civilians,\" said al-Basha Tibeig, an adviser to the RSF leadership.",
		name: "al-Basha Tibeig", country: "-", org: "RSF"},
	{rule: "body-part-after-name", text: "KHARTOUM – The RSF denied responsibility. \"Our forces do not target civilians,\" said al-Basha Tibeig, an adviser to the army leadership.",
		name: "al-Basha Tibeig", country: "SD"},
	// an undated story that opens on a state's army: "the army's
	// commander" is that army's, though another state's military spoke nearer
	{rule: "lead-force-home", text: "Lebanon's army has moved a further 1,500 soldiers south of the Litani River, Defence Minister Michel Menassa said on Tuesday.\nIsrael still holds five hilltop positions inside Lebanese territory. An Israeli drone strike near Bint Jbeil on Monday killed two men.\nIsrael's military said one of the men was a Hezbollah commander.\nThe army's commander, General Rodolphe Haykal, has said that the force needs more recruits.",
		name: "Rodolphe Haykal", country: "LB"},
	{rule: "lead-force-home", text: "Lebanon's cabinet approved a budget on Tuesday, Finance Minister Yassine Jaber said.\nIsrael still holds five hilltop positions inside Lebanese territory. An Israeli drone strike near Bint Jbeil on Monday killed two men.\nIsrael's military said one of the men was a Hezbollah commander.\nThe army's commander, General Eyal Zamir, has said that the force will keep striking.",
		name: "Eyal Zamir", country: "IL"},
	// a study's co-author owned by the study: a weak role, none bare
	{rule: "study-co-author", text: "STOCKHOLM – The review was published by the Nordic Centre for Peace Operations (NCPO).\nThe review's co-author, Dr Emeka Obi, cautioned against reading too much into the totals.",
		name: "Emeka Obi", title: "co-author", country: "-"},
	{rule: "study-co-author", text: "STOCKHOLM – A book was published. \"It was a hard year,\" said Emeka Obi, its co-author.",
		absent: "Emeka Obi"},
	// "in"/"at" after a known body's name in a complement: where it works
	{rule: "place-after-body-name", text: "KHARTOUM – A drone strike hit Tawila. \"We are running out of everything,\" said Mohamed Ibrahim Abu Bakr, director of the field hospital run by Médecins Sans Frontières in the town.",
		name: "Mohamed Ibrahim Abu Bakr", country: "-", org: "Médecins Sans Frontières"},
	{rule: "place-after-body-name", text: "KHARTOUM – A drone strike hit Tawila. \"We are running out of everything,\" said Mohamed Ibrahim Abu Bakr, director of the field hospital in the town.",
		name: "Mohamed Ibrahim Abu Bakr", country: "SD", org: "-"},
}

func TestFx86OfficialRules(t *testing.T) {
	checkOfficialRows(t, fx86OfficialRules)
}
