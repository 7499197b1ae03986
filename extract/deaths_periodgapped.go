package extract

import "strings"

// A second period's count of the dead in the same sentence, its noun
// gapped: "the summer of 2022 caused more than 61,000 heat-related deaths,
// and the following summer more than 47,000", "recorded 1,295 drownings
// in 2023, and the year before 1,180". periodGappedDeaths reads the shape
// across two sentences ("Last year the ministry recorded 1,295.").

// periodGappedClause reads the number that ends its sentence after ",
// and" and a period of time ("the following summer", "a year earlier",
// "in 2021"), when a count of deaths ("61,000 heat-related deaths")
// stands before the comma in the same sentence. A word of hurt or a verb
// in between makes it another clause.
func (a *analysis) periodGappedClause(n number, rule string) (Deaths, bool) {
	toks := a.d.toks
	s := a.d.sents[toks[n.first].sent]
	if n.lim < s.lim && toks[n.lim].text != "." && toks[n.lim].text != ";" {
		return Deaths{}, false // the number ends its clause: no "more than 47,000 homes"
	}
	and := -1
	for j := n.hedge - 1; j > s.first+1 && j >= n.hedge-5; j-- {
		if toks[j].lower == "and" && toks[j-1].text == "," {
			and = j
			break
		}
		if toks[j].kind != tWord && !a.bareYear(j) || strings.HasSuffix(toks[j].lower, "ed") && !periodNouns.hasToken(&toks[j]) {
			return Deaths{}, false // "and police arrested 40": a clause of its own
		}
	}
	if and < 0 || !a.periodBetween(and+1, n.hedge) {
		return Deaths{}, false
	}
	if a.deathCountBefore(s.first, and) {
		return a.makeDeath(n, and+1, n.lim, rule), true
	}
	return Deaths{}, false
}

// periodBetween reports a period noun or a bare year from f up to k, no
// word of hurt among them: "the following summer", "a year earlier".
func (a *analysis) periodBetween(f, k int) bool {
	found := false
	for j := f; j < k; j++ {
		if kinds, _ := a.deathKindsAt(j); hasKind(kinds, dHurt) {
			return false
		}
		found = found || periodNouns.hasToken(&a.d.toks[j]) || a.bareYear(j)
	}
	return found
}

// deathCountBefore reports a count of deaths from first up to the "and"
// at and, the number and its noun both before it: "61,000 heat-related
// deaths", "143 homicides". A gapped number after "and" counts the same.
func (a *analysis) deathCountBefore(first, and int) bool {
	toks := a.d.toks
	for x := first; x < and; x++ {
		if p, ok := a.d.parseNumber(x); ok && !p.vague && !p.age && !a.isYear(p) && p.lim < and && (a.countedDeathsAt(p.lim) || deathNouns.hasToken(&toks[p.lim])) {
			return true
		}
	}
	return false
}
