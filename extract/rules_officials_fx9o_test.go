package extract

import "testing"

// fx9oOfficialRules hold the rows of the shapes fixed after the blind
// rounds r28a and r28b (fx9o, session 28), kept apart from officialRules
// so that parallel work merges cleanly.
var fx9oOfficialRules = []officialRuleCase{
	// a research body's researcher holds a role of that body, as its
	// analysts and fellows do; with no body beside it, none
	{rule: "researcher-at-body", text: "Mara Quint, a researcher at the Halden Institute for Peace Studies in Oslo, said the talks would stall.",
		name: "Mara Quint", title: "researcher", country: "-", org: "Halden Institute for Peace Studies"},
	{rule: "researcher-at-body", text: "Mara Quint, a researcher, said the talks would stall.", absent: "Mara Quint"},
	// an agency's forecaster takes the agency's state; a bare one is none
	{rule: "forecaster-at-agency", text: "CANBERRA, Australia (AAP) - The Bureau of Meteorology warned of floods. Tom Vale, a senior forecaster at the bureau, said more rain would fall on Friday.",
		name: "Tom Vale", title: "senior forecaster", country: "AU"},
	{rule: "forecaster-at-agency", text: "Tom Vale, a forecaster, said more rain would fall on Friday.", absent: "Tom Vale"},
	// a body's name runs on past a plural's apostrophe and an initial's
	// period; a lower-case possessive names no body
	{rule: "capitalised-run-marks", text: "Ravi Thapa, a spokesman for the Hill Volunteers' Front, said two fighters died.",
		name: "Ravi Thapa", title: "spokesman", country: "-", org: "Hill Volunteers' Front"},
	{rule: "capitalised-run-marks", text: "Asha Menon, a research fellow at the J. Nehru Institute of Policy, said the plan would fail.",
		name: "Asha Menon", title: "research fellow", org: "J. Nehru Institute of Policy"},
	{rule: "capitalised-run-marks", text: "Ravi Thapa, a spokesman for the volunteers' front, said two fighters died.",
		name: "Ravi Thapa", title: "spokesman", org: "-"},
	// "who heads the X of <body>": a part of a body that "of" ties to it
	// is an office of that body; a part that names no body's is none
	{rule: "heads-part-of-body", text: "VALENCIA, Spain (Reuters) - Rosa Ibáñez, who heads the local branch of the dockers' union, said the strike would go on.",
		name: "Rosa Ibáñez", title: "head", country: "-"},
	{rule: "heads-part-of-body", text: "VALENCIA, Spain (Reuters) - Rosa Ibáñez, who heads the local branch of the tax agency, said the audit would go on.",
		name: "Rosa Ibáñez", title: "head", country: "ES"},
	{rule: "heads-part-of-body", text: "Rosa Ibáñez, who leads the march of the union, said the strike would go on.", absent: "Rosa Ibáñez"},
	// an occasion that opens the sentence before "in" and a capital sets
	// the scene of the title after it; a count that opens it sets none
	{rule: "occasion-in-capital", text: "HANOI, Vietnam (Reuters) - Two boats were hit near the reef. At a weekly briefing in Beijing, foreign ministry spokesperson Liu Wen said Hanoi had broken its word.",
		name: "Liu Wen", title: "foreign ministry spokesperson", country: "CN"},
	{rule: "occasion-in-capital", text: "HANOI, Vietnam (Reuters) - Two boats were hit near the reef. At least nine people were hurt in Beijing, foreign ministry spokesperson Liu Wen said.",
		name: "Liu Wen", title: "foreign ministry spokesperson", country: "VN"},
	// "One of the <plural role>, NAME,": one holder, a singular title; a
	// plural title without "one of" before a name is no one's
	{rule: "one-of-plural-title", text: "One of the dissenting judges, Marta Ruiz Ortega, said the majority had erred.",
		name: "Marta Ruiz Ortega", title: "dissenting judge"},
	{rule: "one-of-plural-title", text: "After talks with the dissenting judges, Marta Ruiz Ortega, the court's president, said the ruling stood.",
		name: "Marta Ruiz Ortega", title: "president"},
}

func TestFx9oOfficialRules(t *testing.T) {
	checkOfficialRows(t, fx9oOfficialRules)
}
