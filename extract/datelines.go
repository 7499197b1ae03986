package extract

// Datelines: the place and agency a wire story opens with ("KABUL,
// Afghanistan (Reuters) -"), which no sentence of the story is about.

// datelineEnd returns the index after the dateline that opens paragraph p
// ("KABUL, Afghanistan (Reuters) -", "NAIROBI (AP) —", "WASHINGTON -",
// "GENEVA/KINSHASA, Dec 1 —", "CHENNAI:"), or
// the paragraph's first token when it opens with none. A dateline is a run
// of capitalised words, commas and an agency in brackets, closed by a dash,
// whose first word is in capitals or which names an agency, or closed by a
// colon after a place written in capitals.
func (a *analysis) datelineEnd(p int) int {
	toks := a.d.toks
	first := a.d.paras[p].first
	agency := false
	for k := first; k < len(toks) && k < first+12 && int(toks[k].para) == p; k++ {
		t := toks[k]
		switch {
		case t.text == "-" || t.text == "\u2014" || t.text == "\u2013":
			if k > first && (agency || isUpperWord(toks[first].text)) {
				return k + 1
			}
			return first
		case t.text == ":":
			if k > first && p <= 1 && a.upperRun(first, k) && !a.colonTurnAt(p+1) {
				return k + 1 // "CHENNAI:", "NEW DELHI:": an Indian paper's dateline
			}
			return first // "OBAMA:" in a transcript is a speaker's turn
		case t.text == "(":
			agency = true
		case t.text == ")" || t.text == "," || t.text == "." || t.text == "/":
		case t.kind == tWord && t.cap:
		case t.kind == tNum && k > first && toks[k-1].kind == tWord && monthWords.hasToken(&toks[k-1]):
			// "GENEVA/KINSHASA, Dec 1 —": the date of a dateline
		default:
			return first
		}
	}
	return first
}

// afterDateline returns the first token of a sentence that opens at first
// past the dateline it opens with, a person's name aside ("DJ Norman Cook
// - aka Fatboy Slim - has said" opens with no dateline), else first.
func (a *analysis) afterDateline(first int) int {
	e := a.datelineEnd(int(a.d.toks[first].para))
	for k := first; k < e; k++ {
		if a.personAt[k] >= 0 {
			return first
		}
	}
	return max(first, e)
}

// upperRun reports tokens [lo, hi) that are all words in capitals:
// "NEW DELHI".
func (a *analysis) upperRun(lo, hi int) bool {
	for k := lo; k < hi; k++ {
		if a.d.toks[k].kind != tWord || !isUpperWord(a.d.toks[k].text) {
			return false
		}
	}
	return true
}

// colonTurnAt reports paragraph p opening with a word in capitals and a
// colon, a transcript's next turn ("CLINTON: ..."), after which an opening
// "OBAMA:" is a turn too, no dateline.
func (a *analysis) colonTurnAt(p int) bool {
	if p >= len(a.d.paras) {
		return false
	}
	toks := a.d.toks
	for k := a.d.paras[p].first; k < len(toks) && k < a.d.paras[p].first+4 && int(toks[k].para) == p; k++ {
		if toks[k].text == ":" {
			return k > a.d.paras[p].first
		}
		if toks[k].kind != tWord || !isUpperWord(toks[k].text) {
			return false
		}
	}
	return false
}

// isUpperWord reports a word of two or more letters all in capitals: "KABUL".
func isUpperWord(s string) bool {
	letters := 0
	for _, r := range s {
		switch {
		case r >= 'A' && r <= 'Z':
			letters++
		case r >= 'a' && r <= 'z':
			return false
		}
	}
	return letters >= 2
}

// inDateline reports a token inside the dateline of its paragraph.
func (a *analysis) inDateline(i int) bool {
	toks := a.d.toks
	p := toks[i].para
	if i-a.d.paras[p].first > 12 {
		return false
	}
	return i < a.datelineEnd(int(p))
}

// monthWords name months: a number after one is a date, not a figure.
var monthWords = wordList("month")

// shortMonths abbreviate months: "Dec. 25" is a date, "in December. 25" a new sentence.
var shortMonths = wordList("month-short")
