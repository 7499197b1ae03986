package extract

import "strings"

// strongFigureAt reads "strong" after the number n, alone ("some 5,000
// strong") or closing a pair of sizes ("1,100 and 900 strong
// respectively", where each number is one force's size). It returns where
// the search for the force's noun starts (the token before the pair),
// the end of the figure and whether n is one of a pair; -1 without one.
func (a *analysis) strongFigureAt(n number) (from, end int, paired bool) {
	toks := a.d.toks
	if strengthSuffix(toks[n.first].lower) && (n.lim >= len(toks) || toks[n.lim].kind == tPunct) {
		return n.hedge - 1, n.lim, false // "Egypt's contingent, some 900-strong,": the word joined to the number
	}
	if n.lim >= len(toks) {
		return -1, 0, false
	}
	if toks[n.lim].lower == "strong" {
		if p, ok := a.pairedBefore(n); ok {
			return p.hedge - 1, n.lim + 1, true // "1,100 and 900 strong": the second
		}
		return n.hedge - 1, n.lim + 1, false
	}
	if e := a.memberStrongEnd(n); e > 0 {
		return n.hedge - 1, e, false // "some 400 members strong"
	}
	if toks[n.lim].lower != "and" || n.lim+1 >= len(toks) {
		return -1, 0, false
	}
	m, ok := a.d.parseNumber(n.lim + 1)
	if !ok || m.hedge != n.lim+1 || m.lim >= len(toks) || toks[m.lim].lower != "strong" {
		return -1, 0, false
	}
	return n.hedge - 1, n.lim, true // "1,100 and 900 strong": the first
}

// pairedBefore returns the number that "and" right before n joins to it:
// "1,100 and 900".
func (a *analysis) pairedBefore(n number) (number, bool) {
	toks := a.d.toks
	k := n.hedge - 1
	if k < 1 || toks[k].lower != "and" {
		return number{}, false
	}
	for f := k - 1; f >= 0 && f >= k-3; f-- {
		if p, ok := a.d.parseNumber(f); ok && p.first == f && p.lim == k {
			return p, true
		}
	}
	return number{}, false
}

// jointStatesBefore reports two states joined by "and" right before the
// force's noun at j: "the Japanese and Philippine troops".
func (a *analysis) jointStatesBefore(j int) bool {
	toks := a.d.toks
	c2, ok := a.stateAt(j - 1)
	if !ok || j-1 >= len(a.placeAt) || a.placeAt[j-1] < 0 {
		return false
	}
	k := a.places[a.placeAt[j-1]].first - 1
	if k < 1 || toks[k].lower != "and" {
		return false
	}
	c1, ok := a.stateAt(k - 1)
	return ok && c1 != c2
}

// singularForceNoun returns the force noun whose plural w is
// ("battalions", "contingents"), else "".
func singularForceNoun(w string) string {
	if u, ok := strings.CutSuffix(w, "s"); ok && forceNouns.has(u) {
		return u
	}
	return ""
}
