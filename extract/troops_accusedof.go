package extract

import "strings"

// accuseVerbs charge a state with what follows "of".
var accuseVerbs = wordList("accuse-verb")

// accusedOfState returns the state accused "of" a gerund whose object is
// the figure n: "Azerbaijan accused Armenia last month of massing some
// 1,200 troops" counts Armenia's troops, not the accuser's. Empty when
// the figure follows no such charge.
func (a *analysis) accusedOfState(n number) string {
	toks := a.d.toks
	g := n.hedge - 1
	if g < 3 || !strings.HasSuffix(toks[g].lower, "ing") || toks[g-1].lower != "of" {
		return ""
	}
	first := a.d.sents[toks[n.first].sent].first
	for k := g - 2; k > first && k >= g-6; k-- {
		c, ok := a.stateAt(k)
		if !ok {
			if toks[k].kind != tWord || toks[k].cap {
				return "" // "last month" may stand between, no other name
			}
			continue
		}
		s := k
		for s > first && a.placeAt[s-1] == a.placeAt[k] {
			s--
		}
		if accuseVerbs.hasToken(&toks[s-1]) {
			return c
		}
		return ""
	}
	return ""
}
