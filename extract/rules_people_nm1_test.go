package extract

import "testing"

// nm1QuoteRows pin a full name whose first word no given-name list holds,
// made a person by a speaker's place: a credit line after a quote, or a
// last word that a speech verb after it takes alone. Bodies, places,
// clubs and possessives stay out.
var nm1QuoteRows = []quoteRuleRow{
	{rule: "dash-credit-run", pos: true,
		text:  "Staff at the clinic gathered outside.\n\"We have waited for months and nobody has called us back.\" — Brannoc Trandafir",
		quote: "We have waited for months", speaker: "Brannoc Trandafir"},
	{rule: "dash-credit-run", pos: true,
		text:  "Staff at the clinic gathered outside.\n\"We have waited for months and nobody has called us back.\" — Brannoc Trandafir, a porter",
		quote: "We have waited for months", speaker: "Brannoc Trandafir"},
	{rule: "dash-credit-run", pos: false,
		text:  "Staff at the clinic gathered outside.\n\"We have waited for months and nobody has called us back.\" — Fenwick Street",
		quote: "We have waited for months", speaker: "Fenwick Street"},
	{rule: "dash-credit-run", pos: false,
		text:  "Staff at the clinic gathered outside.\n\"We have waited for months and nobody has called us back.\" — Greenhall Rovers",
		quote: "We have waited for months", speaker: "Greenhall Rovers"},
	{rule: "dash-credit-run", pos: false,
		text:  "Staff at the clinic gathered outside.\n\"We have waited for months and nobody has called us back.\" — BRANNOC TRANDAFIR",
		quote: "We have waited for months", speaker: "BRANNOC TRANDAFIR"},
	{rule: "speaker-alone-surname", pos: true,
		text:  "Quillon Marjamaa met the mayor on Tuesday morning. \"The bridge has to reopen before winter,\" says Marjamaa.",
		quote: "The bridge has to reopen", speaker: "Quillon Marjamaa"},
	{rule: "speaker-alone-surname", pos: true,
		text:  "Quillon Marjamaa met the mayor on Tuesday morning. \"The bridge has to reopen before winter,\" said Marjamaa, who runs a bakery.",
		quote: "The bridge has to reopen", speaker: "Quillon Marjamaa"},
	{rule: "speaker-alone-surname", pos: false,
		text:  "Greenhall Rovers met the mayor on Tuesday morning. \"The pitch has to reopen before winter,\" said Rovers.",
		quote: "The pitch has to reopen", speaker: "Greenhall Rovers"},
	{rule: "speaker-alone-surname", pos: false,
		text:  "The fans of Ostrava Haldane waited outside. \"The pitch has to reopen before winter,\" the coach told Haldane's website.",
		quote: "The pitch has to reopen", speaker: "Ostrava Haldane"},
}

func TestNm1QuoteRows(t *testing.T) { checkQuoteRows(t, newTestExtractor(t), nm1QuoteRows) }

// nm1OfficialRows pin that a word a speech verb takes before a possessive
// ("told Tarrow's website") is no speaker alone: the club "Kesworth
// Tarrow" stays no person, and "Tarrow" keeps its place in the title.
var nm1OfficialRows = []officialRuleCase{
	{rule: "speaker-alone-possessive",
		text: "The deal was agreed on Friday. Tarrow chairman Tom Grant said he was happy. \"We got this right,\" he told Tarrow's website. \"Someone has to put Kesworth Tarrow back where they belong.\"",
		name: "Tom Grant", title: "Tarrow chairman", org: "Tarrow", absent: "Kesworth Tarrow"},
	{rule: "speaker-alone-possessive",
		text: "The deal was agreed on Friday. Kesworth Tarrow met the club on Monday. \"We got this right,\" said Tarrow, the club's chairman.",
		name: "Kesworth Tarrow", title: "chairman"},
}

func TestNm1OfficialRows(t *testing.T) { checkOfficialRows(t, nm1OfficialRows) }
