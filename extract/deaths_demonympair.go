package extract

import "strings"

// demonymPairEnd returns the index after two peoples named by their
// plural demonyms and joined by "and" from j, the counted dead of both
// sides: "Nearly 900 Argentines and Britons died". j when there are none:
// "900 Argentine and British soldiers" is read as a modifier run.
func (a *analysis) demonymPairEnd(j int) int {
	toks := a.d.toks
	if j+2 >= len(toks) || toks[j+1].lower != "and" || !a.pluralDemonymAt(j) || !a.pluralDemonymAt(j+2) {
		return j
	}
	return j + 3
}

// pluralDemonymAt reports a people named by a state's plural demonym at
// j, one token long: "Argentines", "Britons".
func (a *analysis) pluralDemonymAt(j int) bool {
	if a.placeAt[j] < 0 {
		return false
	}
	m := a.places[a.placeAt[j]]
	t := a.d.toks[j]
	return m.kind == sAdjective && m.first == j && m.lim == j+1 && m.code != "" && t.cap && strings.HasSuffix(t.text, "s")
}
