package extract

import "testing"

// fx54OfficialRules: r35d, the owner of a title phrase (a force, an army
// seated in a capital) decides the officer's state over the story's.
var fx54OfficialRules = []officialRuleCase{
	// "the force's" stands for the force named before with its state or body
	{rule: "force-owner", text: "BANGUI, Central African Republic (AP) - Kenya sent 800 soldiers to the Central African Republic this week, the Kenya Defence Forces said. The rotation does not change the size of the Kenyan contingent. \"Our task is unchanged,\" the force's spokesman, Colonel Peter Otieno, told reporters in Bangui.",
		name: "Peter Otieno", country: "KE"},
	{rule: "force-owner", text: "NOUAKCHOTT (AFP) - The rulers of three states launched the joint force of the Alliance of Sahel States on Monday. Mali is sending 900 soldiers to the force. The force's first commander, Malian General Oumar Traore, said it would deploy soon.",
		name: "Oumar Traore", country: "-", org: "Alliance of Sahel States"},
	{rule: "force-owner", text: "BANGUI, Central African Republic (AP) - Kenya sent 800 soldiers to the Central African Republic this week. The police's spokesman, Colonel Peter Otieno, told reporters in Bangui that the town was calm.",
		name: "Peter Otieno", country: "CF"},
	// "the army's spokesman in CAPITAL": the army of the capital's state
	{rule: "army-seat", text: "GOMA, Democratic Republic of Congo (Reuters) - Rebels advanced on the town on Tuesday, Congo's army said. Uganda moved 1,000 more troops across the border. The army's spokesman in Kampala, Colonel David Okello, confirmed the deployment.",
		name: "David Okello", country: "UG"},
	{rule: "army-seat", text: "GOMA, Democratic Republic of Congo (Reuters) - Rebels advanced on the town on Tuesday, Congo's army said. Uganda moved 1,000 more troops across the border. The army's spokesman in Goma, Colonel David Okello, denied the deployment.",
		name: "David Okello", country: "CD"},
	// "Its" after an international body apposed to its type, "the UN mission, NAME,"
	{rule: "its-apposed-intl", text: "JUBA, South Sudan (Reuters) - Fighting spread in Upper Nile on Monday. The UN peacekeeping mission, UNMISS, which has 17,000 personnel in the country, said it had sheltered 3,000 civilians. Its head, Anna Lindqvist, told the Security Council the truce had collapsed.",
		name: "Anna Lindqvist", country: "-", org: "UNMISS"},
	{rule: "its-apposed-intl", text: "JUBA, South Sudan (Reuters) - Fighting spread in Upper Nile on Monday. The state oil company, Nilepet, which pumps crude in the region, said it had halted output. Its head, Anna Lindqvist, told reporters the fields were shut.",
		name: "Anna Lindqvist", country: "-", org: "Nilepet"},
	// a local unit's office in lower case is the state's, not an AU organ's
	{rule: "local-modded-head", text: "MOGADISHU, Somalia (Reuters) - Fighters attacked a base of the African Union's mission in Somalia on Friday. The local district commissioner, Hassan Abdi Warsame, said nine soldiers had died.",
		name: "Hassan Abdi Warsame", country: "SO"},
	{rule: "local-modded-head", text: "ADDIS ABABA (Reuters) - The African Union met on Friday to discuss Sudan. Commissioner Hassan Abdi Warsame said the bloc would send observers.",
		name: "Hassan Abdi Warsame", country: "-", org: "African Union Commission"},
	// a traditional ruler "of" a town holds a place's office, not a body's
	{rule: "ruler-of-place", text: "KANO, Nigeria (Reuters) - Gunmen killed 20 villagers in Katsina state, officials said. The Emir of Dutsinma, Alhaji Musa Bello Kankia, said 30 people had been abducted.",
		name: "Musa Bello Kankia", country: "NG"},
	{rule: "ruler-of-place", text: "KANO, Nigeria (Reuters) - Gunmen killed 20 villagers in Katsina state, officials said. The president of Ohanaeze, Musa Bello Kankia, said herders had been attacked.",
		name: "Musa Bello Kankia", country: "-", org: "Ohanaeze"},
	// a name the text also writes before a place's noun is a place, not a firm
	{rule: "place-named-before-head", text: "KISMAYO, Somalia (Reuters) - Fighters attacked a base in the Upper Dawa region on Friday. The Upper Dawa governor, Abdinur Yusuf Kalmoy, said 12 militants were killed.",
		name: "Abdinur Yusuf Kalmoy", country: "SO"},
	{rule: "place-named-before-head", text: "KISMAYO, Somalia (Reuters) - Fighters attacked trucks run by Dahabshiil Kalmar on Friday. Dahabshiil Kalmar president Abdinur Yusuf Kalmoy said 12 drivers were missing.",
		name: "Abdinur Yusuf Kalmoy", country: "-", org: "Dahabshiil Kalmar"},
	// an international body's initials after its full name stand for it
	{rule: "intl-initials", text: "MOGADISHU, Somalia (Reuters) - Fighters stormed a base of the African Union mission on Thursday. The AU special representative for Somalia, Pierre Mba Obiang, condemned the attack.",
		name: "Pierre Mba Obiang", country: "-", org: "African Union"},
	{rule: "intl-initials", text: "CANBERRA (Reuters) - Fighters stormed a base in Somalia on Thursday, the United Nations said. AU trade minister Pierre Mba Obiang condemned the attack.",
		name: "Pierre Mba Obiang", country: "AU"},
	// a title joined by "and" to a definite title before it
	{rule: "coordinated-title", text: "JUBA, South Sudan (Reuters) - Fighting spread on Monday, the United Nations said. The UN special envoy for South Sudan and head of UNMISS, Ingrid Solberg Moe, called for a truce.",
		name: "Ingrid Solberg Moe", country: "-", org: "UNMISS"},
	{rule: "coordinated-title", text: "JUBA, South Sudan (Reuters) - Fighting spread on Monday, the United Nations said. The convoy for Malakal and two trucks of UNMISS, Ingrid Solberg Moe said, were looted.",
		absent: "Ingrid Solberg Moe"},
	// "its" after an opening quote stands for the international body that is
	// the subject of the sentence before
	{rule: "its-intl-subject", text: "SEOUL (Reuters) - North Korean soldiers crossed the border on Tuesday. The United Nations Command, which oversees the armistice, said it was reviewing the incident. \"We urge calm on both sides,\" its spokesman, Col. Mark Delaney, said.",
		name: "Mark Delaney", country: "-", org: "United Nations Command"},
	{rule: "its-intl-subject", text: "SEOUL (Reuters) - North Korean soldiers crossed the border on Tuesday. South Korea's military, which guards the border, said it was reviewing the incident. \"We urge calm on both sides,\" its spokesman, Col. Lee Jun-ho, said.",
		name: "Lee Jun-ho", country: "KR"},
	// "Its" after a lower-case rival government that opens the sentence before
	{rule: "rival-government-noun", text: "TRIPOLI (Reuters) - Libya has two rival administrations. The eastern-based government, which is backed by Egypt, blamed Tripoli for the shipwreck. Its foreign minister, Omar Salem Bughaigis, called for an inquiry.",
		name: "Omar Salem Bughaigis", country: "-", org: "eastern-based government"},
	{rule: "rival-government-noun", text: "TRIPOLI (Reuters) - Libya has two rival administrations. The national government blamed Benghazi for the shipwreck. Its foreign minister, Omar Salem Bughaigis, called for an inquiry.",
		name: "Omar Salem Bughaigis", country: "LY"},
	// "TITLE NAME's ARMED GROUP": the group's officer
	{rule: "held-group", text: "BENGHAZI, Libya (Reuters) - Floods hit the east on Monday. The government, aligned with commander Khalifa Omar Haftar's Libyan National Army, declared an emergency.",
		name: "Khalifa Omar Haftar", country: "-", org: "Libyan National Army"},
	{rule: "held-group", text: "BENGHAZI, Libya (Reuters) - Floods hit the east on Monday. Prime Minister Osama Hamad Saleh's government declared an emergency.",
		name: "Osama Hamad Saleh", country: "LY"},
}

func TestFx54OfficialRules(t *testing.T) { checkOfficialRows(t, fx54OfficialRules) }
