package extract

// Figures of a table of the dead: a heading that opens with a noun of
// death and ends with a colon, then items of a label and a number, each
// on its own line or after a semicolon:
//
//	Deaths by division, January 1 to September 14:
//	Chattogram: 51
//	Barishal: 47
//
// and "Deaths by state: Borno 112; Yobe 38; Adamawa 21." Each item is a
// number of dead the article states.

// ruleDeathTable names the figures read as items of a table of the dead.
const ruleDeathTable = "table-item"

// deathTableHeads open the heading of a table of the dead: "Deaths by state:".
var deathTableHeads = wordList("table-head")

// tableItem reads the number n that ends an item of a table of the dead.
func (a *analysis) tableItem(n number, rule string) (Deaths, bool) {
	toks := a.d.toks
	if !a.itemEndsAt(n.lim, int(toks[n.first].para)) {
		return Deaths{}, false
	}
	b, ok := a.itemLabelStart(n.hedge)
	for m := 0; ok && m < 40; m++ {
		switch {
		case toks[b-1].text == ":":
			if !a.tableHeadEndsAt(b - 1) {
				return Deaths{}, false
			}
			return a.makeDeath(n, b, n.lim, rule), true
		case toks[b-1].text == ";" && b >= 3 && mayBeNumber(&toks[b-2]):
			b, ok = a.itemLabelStart(b - 2) // "Yobe 38" after "Borno 112;"
		case b == a.d.paras[toks[b].para].first && toks[b-1].para+1 == toks[b].para:
			e := b - 1 // the line before: an item, or the heading
			if e > 0 && (toks[e].text == "." || toks[e].text == ";") {
				e--
			}
			if toks[e].text == ":" {
				b = e + 1
				continue
			}
			if e < 1 || !mayBeNumber(&toks[e]) || toks[e].para != toks[b-1].para {
				return Deaths{}, false
			}
			b, ok = a.itemLabelStart(e)
		default:
			return Deaths{}, false
		}
	}
	return Deaths{}, false
}

// itemEndsAt reports the end of a table item at e in paragraph p: the
// end of the line, a semicolon, or a full stop that ends the line.
func (a *analysis) itemEndsAt(e, p int) bool {
	toks := a.d.toks
	if e >= len(toks) || int(toks[e].para) != p {
		return true
	}
	switch toks[e].text {
	case ";":
		return true
	case ".":
		return e+1 >= len(toks) || int(toks[e+1].para) != p
	}
	return false
}

// itemLabelStart returns the first index of the label of a table item
// whose number starts at h: capitalised words, with words in brackets
// after them, and a colon before the number ("Dhaka (two city
// corporations): 168", "Borno 112"). The label starts a line or follows
// a colon or a semicolon; false when there is no such label.
func (a *analysis) itemLabelStart(h int) (int, bool) {
	toks := a.d.toks
	k := h - 1
	if k >= 0 && toks[k].text == ":" {
		k--
	}
	b, depth := -1, 0
	for j := k; j >= 1 && j > k-10 && toks[j].para == toks[h].para; j-- {
		t := toks[j]
		switch {
		case t.text == ")":
			depth++
		case t.text == "(":
			depth--
		case depth == 0 && (t.kind != tWord || a.personAt[j] >= 0):
			return 0, false
		}
		if depth < 0 {
			return 0, false
		}
		if w := toks[j-1].text; depth == 0 && t.cap && (w == ":" || w == ";" || toks[j-1].para != t.para) {
			b = j
			break
		}
	}
	return b, b > 0
}

// tableHeadEndsAt reports a heading of a table of the dead that ends with
// the colon at c: its line opens with a noun of death in its first two
// words, holds no word of hurt and is short.
func (a *analysis) tableHeadEndsAt(c int) bool {
	toks := a.d.toks
	f := a.d.paras[toks[c].para].first
	if c-f > 24 || c-f < 1 {
		return false
	}
	head := false
	for j := f; j < c; j++ {
		kinds, _ := a.deathKindsAt(j)
		if hasKind(kinds, dHurt) {
			return false
		}
		head = head || j < f+2 && deathTableHeads.hasToken(&toks[j])
	}
	return head
}

// bracketedCount reads a count of the dead in brackets after a place, in
// a sentence whose words of death come before it: "Deaths were reported
// in Sindh (41), Punjab (30) and Balochistan (25)". A word of hurt before
// it makes the counts the hurt's; the words of death are the sure ones
// ("Uganda remains the largest contributor ... Djibouti (1,520)").
func (a *analysis) bracketedCount(n number, rule string) (Deaths, bool) {
	toks := a.d.toks
	o, c := n.hedge-1, n.lim
	if o < 2 || c >= len(toks) || toks[o].text != "(" || toks[c].text != ")" || n.vague {
		return Deaths{}, false
	}
	f := a.placeEndingAt(o - 1)
	if f < 0 {
		return Deaths{}, false
	}
	death := false
	for j := a.d.sents[toks[o].sent].first; j < f; j++ {
		kinds, _ := a.deathKindsAt(j)
		if hasKind(kinds, dHurt) {
			return Deaths{}, false
		}
		death = death || sureDeathWords.hasToken(&toks[j]) || hasKind(kinds, dToll) // not "remains"
	}
	if !death {
		return Deaths{}, false
	}
	return a.makeDeath(n, f, c+1, rule), true
}
