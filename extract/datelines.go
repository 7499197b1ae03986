package extract

// Datelines: the place and agency a wire story opens with ("KABUL,
// Afghanistan (Reuters) -"), which no sentence of the story is about.

// datelineEnd returns the index after the dateline that opens paragraph p
// ("KABUL, Afghanistan (Reuters) -", "NAIROBI (AP) —", "WASHINGTON -",
// "GENEVA/KINSHASA, Dec 1 —"), or
// the paragraph's first token when it opens with none. A dateline is a run
// of capitalised words, commas and an agency in brackets, closed by a dash,
// whose first word is in capitals or which names an agency.
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
		case t.text == "(":
			agency = true
		case t.text == ")" || t.text == "," || t.text == "." || t.text == "/":
		case t.kind == tWord && t.cap:
		case t.kind == tNum && k > first && toks[k-1].kind == tWord && monthWords()[toks[k-1].lower]:
			// "GENEVA/KINSHASA, Dec 1 —": the date of a dateline
		default:
			return first
		}
	}
	return first
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
