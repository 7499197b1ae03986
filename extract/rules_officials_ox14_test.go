package extract

import "testing"

// ox14OfficialRows hold the official shapes fixed after the blind round
// r29i/r29j (ox14, session 29).
var ox14OfficialRows = []officialRuleCase{
	// "Administration" heads a state agency's name: the capitals before
	// its possessive are no person, the title before them keeps the body
	{rule: "administration-body",
		text:   "TAIPEI, Sept 2 (Reuters) - The storm weakened. Chen Yu-ting, head of the Central Weather Administration's forecast centre, said the rain would ease.",
		name:   "Chen Yu-ting",
		absent: "Weather Administration"},
	{rule: "administration-body",
		text: "WASHINGTON (AP) - The Federal Aviation Administration grounded the jets. FAA Administrator Mike Whitaker said the checks would take days.",
		name: "Mike Whitaker"},
	// a lower-case adjective role ("major", "general") after a plain
	// adjective qualifies the noun after the capitals; after a role word
	// it is a rank
	{rule: "adjective-role-lower",
		text:   "GENEVA, Aug 4 (AP) - An outbreak of Marburg virus disease spread. Marburg, a relative of Ebola, has no vaccine. The last major Marburg outbreak in Tanzania caused six deaths.",
		absent: "Marburg"},
	{rule: "adjective-role-lower",
		text: "FORT BRAGG, N.C. (AP) - The base was closed. Army major Daniel Ortiz said the soldiers were safe.",
		name: "Daniel Ortiz", title: "Army major"},
}

func TestOx14OfficialRows(t *testing.T) {
	checkOfficialRows(t, ox14OfficialRows)
}

// ox14AdjectiveRows: the state adjective or qualifier before a lower-case
// adjective role keeps it a title.
var ox14AdjectiveRows = []officialRuleCase{
	{rule: "adjective-role-lower",
		text: "LONDON (BBC) - The talks ended. The issue can wait, but Turkish premier Recep Erdogan had to accept the terms.",
		name: "Recep Erdogan", country: "TR"},
	{rule: "adjective-role-lower",
		text: "ROME (Reuters) - The talks ended. The plan was backed by former premier Mario Monti on Sunday.",
		name: "Mario Monti"},
	{rule: "adjective-role-lower",
		text:   "LONDON (BBC) - The DVD has extras. There is also a general Production Diary and a gallery.",
		absent: "Production Diary"},
}

func TestOx14AdjectiveRows(t *testing.T) {
	checkOfficialRows(t, ox14AdjectiveRows)
}

// ox14ItsRows: the body "Its" stands for, named in the sentence before,
// settles the office's state.
var ox14ItsRows = []officialRuleCase{
	// a staff body in the subject: the staff's office, no state's
	{rule: "its-staff-body",
		text: "FRANKFURT, Jan 4 (Reuters) - Veldkamp will cut 900 jobs in Germany. The bank's works council said it would fight any forced redundancies. Its head, Claudia Berens, called the cuts a bitter pill.",
		name: "Claudia Berens", country: "-", org: "works council"},
	{rule: "its-staff-body",
		text: "BERLIN, Jan 4 (Reuters) - Germany's government met on Monday. The German health ministry said it would fight the cuts. Its head, Karl Lauterbach, called them a bitter pill.",
		name: "Karl Lauterbach", country: "DE"},
	// a state's "central bank" named in apposition: the state's office at
	// the bank
	{rule: "its-described-state-body",
		text: "FRANKFURT, Jan 4 (Reuters) - The deal needs the approval of the European Central Bank and of the Dutch central bank, De Nederlandsche Bank. Its president, Maarten Olthof-Kuipers, said the supervisor would examine the bid.",
		name: "Maarten Olthof-Kuipers", country: "NL"},
	{rule: "its-described-state-body",
		text: "FRANKFURT, Jan 4 (Reuters) - The deal needs the approval of Veldkamp's lender, the Dutch bank ABN Amro. Its president, Robert Swaak, said the bank would examine the bid.",
		name: "Robert Swaak", country: "DE"}, // the dateline's, not NL: "bank" alone is no state body
}

func TestOx14ItsRows(t *testing.T) {
	checkOfficialRows(t, ox14ItsRows)
}

// ox14NamedBodyRows: a body named in full after "of the" in a title is
// that body, not "the government" the story named last.
var ox14NamedBodyRows = []officialRuleCase{
	{rule: "named-body-in-title",
		text: "TAIPEI, Sept 2 (Reuters) - Typhoon Kajiki killed at least six people in Taiwan, the Central Emergency Operation Center said on Tuesday.\nChinese authorities in Fujian moved more than 300,000 people from coastal areas.\nChen Yu-ting, head of the Central Weather Administration's forecast centre, said the rain would ease.",
		name: "Chen Yu-ting", country: "TW"},
	{rule: "named-body-in-title",
		text: "TAIPEI, Sept 2 (Reuters) - A typhoon killed six people in Taiwan, officials said. The Chinese government said it moved 300,000 people. Government spokesman Mao Ning said the ferries would stop.",
		name: "Mao Ning", country: "CN"},
}

func TestOx14NamedBodyRows(t *testing.T) {
	checkOfficialRows(t, ox14NamedBodyRows)
}

// ox14CompanyRows: an opera, an orchestra or a ballet is its own body,
// no state's office, even in a story about one state's culture
var ox14CompanyRows = []officialRuleCase{
	{rule: "performing-company",
		text: "VIENNA, Jan 4 (AP) - The Vienna State Opera cancelled a premiere in Austria. The opera's general director, Bogdan Ristić-Marek, said a lawyer would look into it.",
		name: "Bogdan Ristić-Marek", country: "-"},
	{rule: "performing-company",
		text: "VIENNA, Jan 4 (AP) - The Vienna State Opera cancelled a premiere in Austria. The ministry's culture minister, Andrea Mayr-Kessler, said a lawyer would look into it.",
		name: "Andrea Mayr-Kessler", country: "AT"},
}

func TestOx14CompanyRows(t *testing.T) {
	checkOfficialRows(t, ox14CompanyRows)
}

// ox14SeatRows: a legislator of a gazetteer party sits in that party's
// state's legislature; the party's own offices stay the party's
var ox14SeatRows = []officialRuleCase{
	{rule: "party-legislator-seat",
		text: "SEOUL, March 18 (Yonhap) - The plan drew fire.\nChoi Min-seo, a lawmaker of the opposition People Power Party who sits on the defence committee, said the move was unwise.",
		name: "Choi Min-seo", country: "KR", org: "People Power Party"},
	{rule: "party-legislator-seat",
		text: "SEOUL, March 18 (Yonhap) - The plan drew fire.\nChoi Min-seo, a spokeswoman of the opposition People Power Party, said the move was unwise.",
		name: "Choi Min-seo", country: "-"},
	// a command of the US forces abroad is a US agency: its spokesman is
	// the US's, not the host's
	{rule: "us-command-abroad",
		text: "SEOUL, March 18 (Yonhap) - About 4,500 soldiers will rotate. \"Rotation keeps us ready,\" Colonel Derek Haskins, a USFK spokesman, told reporters.",
		name: "Derek Haskins", country: "US"},
	{rule: "us-command-abroad",
		text: "SEOUL, March 18 (Yonhap) - About 4,500 soldiers will rotate. \"Rotation keeps us ready,\" Colonel Park Ji-hoon, a Defence Ministry spokesman, told reporters.",
		name: "Park Ji-hoon", country: "KR"},
}

func TestOx14SeatRows(t *testing.T) {
	checkOfficialRows(t, ox14SeatRows)
}

// ox14FieldOfficeRows: "head of office" is one role; the place after it
// is the office's seat, not the role's state, and "Its" names the body
var ox14FieldOfficeRows = []officialRuleCase{
	{rule: "head-of-office",
		text: "GOMA, Jan 4 (Reuters) - About 45,000 fled towards Goma, according to the U.N. humanitarian office, OCHA. Its head of office in North Kivu, Ingrid Sorboe, said hospitals in Goma were full.",
		name: "Ingrid Sorboe", title: "head of office", country: "-", org: "OCHA"},
	{rule: "head-of-office",
		text: "GOMA, Jan 4 (Reuters) - About 45,000 fled towards Goma. The governor of North Kivu, Peter Cirimwami, said hospitals in Goma were full.",
		name: "Peter Cirimwami", country: "CD"},
}

func TestOx14FieldOfficeRows(t *testing.T) {
	checkOfficialRows(t, ox14FieldOfficeRows)
}
