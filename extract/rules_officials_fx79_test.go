package extract

import "testing"

// fx79OfficialRules hold the rows of the official shapes fixed by fx79
// (the blind r38c round, domestic news).
var fx79OfficialRules = []officialRuleCase{
	// a fronted phrase before the subject of the sentence before "Its"
	// (frontedPhraseEnd): the subject is still the antecedent
	{rule: "its-fronted-subject", text: "DUBLIN — Irish police said road deaths rose.\nAcross the border, the Police Service of Northern Ireland said 58 people had died. Its Chief Superintendent for roads policing, Gary Lennon, said checks would begin.",
		name: "Gary Lennon", country: "GB", org: "-"},
	{rule: "its-fronted-subject", text: "DUBLIN — Irish police said road deaths rose.\nAcross the border, a PSNI report said 58 people had died. Its author, Gary Lennon, said checks would begin.",
		absent: "Gary Lennon"},
	// a national public-health institute is a state's agency
	// (organizations.tsv)
	{rule: "health-institute", text: "BERLIN — Heat killed thousands.\nThe Robert Koch Institute estimated that 3,100 people died. Its president, Lars Engelhardt, said heat was deadly.",
		name: "Lars Engelhardt", country: "DE", org: "-"},
	{rule: "health-institute", text: "BERLIN — Heat killed thousands.\nThe Hertie Institute estimated that 3,100 people died. Its president, Lars Engelhardt, said heat was deadly.",
		name: "Lars Engelhardt", country: "-"},
	// a company-style title of a local council, the council left out of
	// the title before the comma (localBodyAfterTitle): the state's
	{rule: "local-body-after-title", text: "PRESTON, England — A coroner ruled on Thursday.\nThe chief executive of Hartsea Borough Council, Graham Tolley, said the council failed.",
		name: "Graham Tolley", title: "chief executive", country: "GB", org: "-"},
	{rule: "local-body-after-title", text: "PRESTON, England — A coroner ruled on Thursday.\nThe chief executive of the council, Graham Tolley, said the council failed.",
		name: "Graham Tolley", title: "chief executive", country: "GB", org: "-"},
	{rule: "local-body-after-title", text: "PRESTON, England — A coroner ruled on Thursday.\nThe chief executive of Hartsea Pier Company, Graham Tolley, said the firm failed.",
		name: "Graham Tolley", title: "chief executive", country: "-", org: "Hartsea Pier Company"},
	// a firm named after its trade at the end of a title before the
	// comma (typedFirmBeforeComma): the firm's office
	{rule: "typed-firm-comma", text: "LYON, France — Riots spread on Monday.\nThe head of the Lyon public transport operator TCL, Sylvie Marchand, said all bus services would stop.",
		name: "Sylvie Marchand", title: "head", country: "-", org: "TCL"},
	{rule: "typed-firm-comma", text: "LYON, France — Riots spread on Monday.\nA spokesman for the Lyon carmaker Aurelis, Sylvie Marchand, said the plant would close.",
		name: "Sylvie Marchand", title: "spokesman", country: "-", org: "Aurelis"},
	{rule: "typed-firm-comma", text: "LYON, France — Riots spread on Monday.\nThe head of the Lyon transport authority, Sylvie Marchand, said all bus services would stop.",
		name: "Sylvie Marchand", title: "head", country: "FR"},
}

func TestFx79OfficialRules(t *testing.T) {
	checkOfficialRows(t, fx79OfficialRules)
}

// TestCountriesFx79 holds a state's name after a title that the story
// gives elsewhere as a person's surname (titledSurnameOfNamed).
func TestCountriesFx79(t *testing.T) {
	ex := newTestExtractor(t)
	rows := []countryRow{
		{"titled-surname", "ROME — A Carabinieri brigadier, Salvatore Monaco, was killed. \"Brigadier Monaco will be in Bari,\" the general said.", "IT"},
		{"titled-surname-unnamed", "ROME — Italy and France met. \"Brigadier Monaco will be in Bari,\" the general said.", "IT FR MC"},
	}
	checkCountryRows(t, ex, rows)
}
