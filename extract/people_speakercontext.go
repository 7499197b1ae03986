package extract

import "strings"

// The rules here take a capitalised run of two or three words whose first
// word no given-name list holds ("Kerensa Vukic") as a person's name when
// the text gives it a speaker's place that no body, place or title takes:
// a credit line after a quote, or a last word that a speech verb later
// takes alone ("…," says Vukic.). The other evidence of a person (a speech
// verb beside the run, an apposition) is in runEvidence.

// creditDashes open a credit line after a quote (read by the people
// pass, which finds the name, and the quotes pass, which credits it).
var creditDashes = closedSet("—", "–", "-", "--")

// teamWords name a sports club, no person: "Brackley Rovers".
var teamWords = wordList("team-word")

// plainNameRun reports a run of two or three capitalised words, none of
// which is in capitals, a body's, place's or role's word, a common word or
// a word the text also writes in lower case: the words of a name only.
// "Main Street", "Labour Party", "City Council", "BBC News", "Leeds
// United" and "Northern Ireland" fail it.
func (a *analysis) plainNameRun(start, lim int) bool {
	toks := a.d.toks
	if lim-start < 2 || lim-start > 3 {
		return false
	}
	if f := toks[start].lower; len(f) > 5 && (strings.HasSuffix(f, "ian") || strings.HasSuffix(f, "ean")) {
		return false // an adjective of belonging describes the person: "Olympian Tomlinson", "Edwardian Marsh"
	}
	for k := start; k < lim; k++ {
		t := &toks[k]
		if t.kind != tWord || !t.cap || len(t.text) < 2 || t.para != toks[start].para || !a.plainNameWord(k) {
			return false
		}
	}
	return true
}

// plainNameWord reports a word at k that can only be a name's: not in
// capitals, no acronym, no body's, place's, role's or club's word, no
// common word and none the text also writes in lower case.
func (a *analysis) plainNameWord(k int) bool {
	t := &a.d.toks[k]
	return !upperASCII(t.text) && !isAcronym(t.text) && a.orgAt[k] < 0 && a.placeAt[k] < 0 && a.roleKind(k) == 0 &&
		a.lx.bodyWords[t.lower].kind == "" && !commonWord(t.lower) && !a.writtenLower(t.lower) && !teamWords.hasToken(t)
}

// dashCreditRun reports a plain name run that a credit line after a quote
// gives: a closing quote, a dash, then the run that ends the paragraph or
// goes on after a comma ("…" — Kerensa Vukic, a nurse). A dash in prose
// ("— Grant said later") follows no quote.
func (a *analysis) dashCreditRun(first, start, lim int) bool {
	toks := a.d.toks
	if first != start || start < 2 || !creditDashes.hasToken(&toks[start-1]) || toks[start-2].kind != tQuote ||
		toks[start-1].para != toks[start].para || !a.plainNameRun(start, lim) {
		return false
	}
	return lim >= len(toks) || toks[lim].para != toks[start].para || toks[lim].text == ","
}

// clauseEnds close the clause of a speaker named after the verb; a
// possessive does not ("told Villa's website").
var clauseEnds = closedSet(",", ".", ";", ":", "!", "?")

// speakersAlone returns the capitalised words that a speech verb takes
// alone as its subject after it, before a mark: "…," says Vukic. The
// word may be the surname of a run the text writes in full without other
// evidence ("Kerensa Vukic met Tom Grant"). Sentence openers, bodies,
// places, roles and acronyms ("said Reuters", "said AFP") are left out.
func (a *analysis) speakersAlone() map[string]bool {
	toks := a.d.toks
	var out map[string]bool
	for k := 1; k+1 < len(toks); k++ {
		t := &toks[k]
		if !t.cap || t.kind != tWord || t.sentStart || !clauseEnds.hasToken(&toks[k+1]) || toks[k-1].cap || !a.peopleClass(k-1, pcSpeech) {
			continue
		}
		if !a.plainNameWord(k) {
			continue
		}
		if out == nil {
			out = map[string]bool{}
		}
		out[t.text] = true
	}
	return out
}
