package extract

import "testing"

// fx36OfficialRows hold the official shapes fixed after the blind round
// r33a (fx36, session 33), written anew, not the round's sentences.
var fx36OfficialRows = []officialRuleCase{
	// a member's preposition ("an official with", "a senior official
	// in") before a body that is no state's keeps the role, no state's
	{rule: "member-prep-nonstate",
		text: "NAIROBI, Jan 4 (Reuters) - The strike went on. An official with the Kenyan nurses' union, Grace Wanjiru, said talks had failed.",
		name: "Grace Wanjiru", title: "official", country: "-"},
	{rule: "member-prep-nonstate",
		text: "LIMA, Jan 4 (Reuters) - The mine closed. Rosa Quispe, a senior official in a Peruvian copper company, said output would fall.",
		name: "Rosa Quispe", title: "senior official", country: "-"},
	{rule: "member-prep-nonstate",
		text:   "GENEVA, Jan 4 (Reuters) - UNICEF sent aid. A senior figure in the group, Omar Haddad, said more was needed.",
		absent: "Omar Haddad"},
	// "in the Philippines": the article may open the state's name; a
	// mission's office there is the mission's
	{rule: "mission-in-state",
		text: "MANILA, Jan 4 (Reuters) - The talks went on. Ana Reyes, a spokeswoman for the UN mission in the Philippines, said they were useful.",
		name: "Ana Reyes", title: "spokeswoman", country: "-", org: "UN"},
	{rule: "mission-in-state",
		text: "MANILA, Jan 4 (Reuters) - The talks went on. Ana Reyes, a spokeswoman for the interior ministry in the Philippines, said they were useful.",
		name: "Ana Reyes", title: "spokeswoman", country: "PH"},
	// a state's name inside an international force's name is no state's
	// office; "NATO-led" leads the force, whose command it is
	{rule: "intl-body-name",
		text: "PRISTINA, Jan 4 (Reuters) - Patrols resumed. The commander of the NATO-led Kosovo Force (KFOR), Polish Major General Adam Nowak, said the road was open.",
		name: "Adam Nowak", country: "-", org: "KFOR"},
	{rule: "intl-body-name",
		text: "PRISTINA, Jan 4 (Reuters) - Patrols resumed. The commander of the Kosovo Security Force, Major General Adam Nowak, said the road was open.",
		name: "Adam Nowak", country: "XK"},
	// a community's leader named by a pair of state words
	{rule: "community-leader",
		text: "NICOSIA, Jan 4 (Reuters) - Talks resumed. Turkish Cypriot leader Mehmet Kaya said the crossings would reopen.",
		name: "Mehmet Kaya", title: "leader", country: "-"},
	{rule: "community-leader",
		text: "ANKARA, Jan 4 (Reuters) - Talks resumed. Turkish opposition leader Mehmet Kaya said the crossings would reopen.",
		name: "Mehmet Kaya", country: "TR"},
	// a person's part of a party: "for NAME's faction of PARTY" speaks
	// for the party, not for the person
	{rule: "persons-part-of",
		text: "QUITO, Jan 4 (Reuters) - Protests spread. The blockade was called by backers of former President Hugo Ramos. Luis Pazmino, a spokesman for Ramos's wing of the Citizen Revolution party, said it would go on.",
		name: "Luis Pazmino", title: "spokesman", country: "-"},
	{rule: "persons-part-of",
		text: "QUITO, Jan 4 (Reuters) - Protests spread. The blockade was called by backers of former President Hugo Ramos. Luis Pazmino, a spokesman for Ramos, said it would go on.",
		name: "Luis Pazmino", title: "spokesman", country: "EC"},
	// "wali": a governor's title; ", or wali," still glosses another
	{rule: "wali-title",
		text: "MUSCAT, Jan 4 (Reuters) - Roads reopened. The wali of Ibri, Sheikh Nasser bin Ali Al Hosni, said the wadis had fallen.",
		name: "Nasser bin Ali Al Hosni", title: "wali"},
	{rule: "wali-title",
		text: "RABAT, Jan 4 (Reuters) - Roads reopened in Morocco. The provincial governor, or wali, Karim Tazi, said the pass was clear.",
		name: "Karim Tazi", title: "provincial governor"},
}

func TestFx36OfficialRows(t *testing.T) {
	checkOfficialRows(t, fx36OfficialRows)
}

// fx36GlossRows: a title glossed between commas before its of-phrase
var fx36GlossRows = []officialRuleCase{
	{rule: "gloss-before-of",
		text: "ALGIERS, Jan 4 (Reuters) - Schools closed. The wali, or governor, of Setif, Amina Kaci, said two schools had collapsed.",
		name: "Amina Kaci", title: "wali", org: "-"},
	{rule: "gloss-before-of",
		text:   "ALGIERS, Jan 4 (Reuters) - Schools closed. The school, or what remained, of Setif, Amina Kaci, said it was gone.",
		absent: "Amina Kaci"},
}

func TestFx36GlossRows(t *testing.T) {
	checkOfficialRows(t, fx36GlossRows)
}
