package extract

import "testing"

// sk13OfficialRows hold the official shapes fixed after the blind round
// r29g/r29h (sk13, session 29).
var sk13OfficialRows = []officialRuleCase{
	// a capitalised portfolio after "and" ends a long "Minister of X and Y"
	// title before the name; a given name after "and" still opens a name
	{rule: "portfolio-after-and",
		text: "ADEN, Jan 4 (Reuters) - Fighting killed six. Minister of Public Health and Population Qassem Bahaj al-Awlaqi appealed to both sides.",
		name: "Qassem Bahaj al-Awlaqi", title: "Minister of Public Health and Population"},
	{rule: "portfolio-after-and",
		text: "AMMAN, Jan 4 (Reuters) - Health Minister Firas Hawari and Population Council head Abla Amawi met on Sunday.",
		name: "Abla Amawi", absent: "Population Council"},
	// the capitals that close a body's name opened by "Ministry of" before
	// a verb are no person; a title between them and the body's head makes
	// the name after it a person's
	{rule: "after-of-body-head",
		text:   "ERBIL, Jan 4 (Reuters) - The Kurdistan Regional Government's Minister of Peshmerga Affairs, Shoresh Ismail Kakayi, spoke on Monday. In a statement, the Ministry of Peshmerga Affairs said the brigades were ready.",
		absent: "Peshmerga Affairs"},
	{rule: "after-of-body-head",
		text:   "CAIRO, Jan 4 (Reuters) - A boat sank. In Cairo, the Ministry of Foreign Affairs and Egyptians Abroad said it was following up.",
		absent: "Abroad"},
	{rule: "after-of-body-head",
		text: "LONDON, Jan 4 (Reuters) - Department of Health Secretary Wes Streeting said the plan would work.",
		name: "Wes Streeting"},
	// "state auditor" and "area manager" are roles of a public office, read
	// as whole phrases: "manager" alone is none ("floor manager")
	{rule: "audit-and-area-roles",
		text: "DES MOINES, Iowa (AP) - The audit, by Iowa State Auditor Nathaniel Brauer, found that the district had hired 140 more staff.",
		name: "Nathaniel Brauer", title: "Iowa State Auditor"},
	{rule: "audit-and-area-roles",
		text: "LEEDS, England (PA) - West Yorkshire Fire and Rescue Service's area manager, Kieran Boyes, said six engines attended.",
		name: "Kieran Boyes", title: "area manager"},
	{rule: "audit-and-area-roles",
		text:   "DES MOINES, Iowa (AP) - The audit found that the district had hired 140 more staff, an auditor said. Nathaniel Brauer left early.",
		absent: "Nathaniel Brauer"},
	{rule: "audit-and-area-roles",
		text:   "WASHINGTON (AP) - The floor manager, Joe Biden, said the bill would pass.",
		absent: "Joe Biden"},
	// one capitalised word set off by commas after a noun for a body and
	// before a name is the body's name, and the title before it the
	// name's; with no name after it, the word is the name
	{rule: "body-name-aside",
		text: "DHAKA, Jan 4 (Reuters) - A building collapsed. The chairman of the capital's development authority, Rajuk, Abul Kalam Siddiqui, said the building had been marked as risky.",
		name: "Abul Kalam Siddiqui", title: "chairman", absent: "Rajuk"},
	{rule: "body-name-aside",
		text: "DHAKA, Jan 4 (Reuters) - Workers walked out. The head of the union, Rajuk, said the strike would go on.",
		name: "Rajuk", title: "head"},
}

func TestSk13OfficialRules(t *testing.T) {
	checkOfficialRows(t, sk13OfficialRows)
}
