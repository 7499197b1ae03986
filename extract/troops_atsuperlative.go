package extract

import "strings"

// atSuperlativeAside reports the figure n as the size in an aside that
// ranks it, opened by ", at" before it and closed by "the" and a
// superlative after it: "The Georgian contingent, at 2,000 the largest
// non-NATO contribution to Iraq, was flown home". The ranking noun phrase
// follows the count; it is not the thing counted. The aside must follow
// the force's noun at once.
func (a *analysis) atSuperlativeAside(n number, k int) bool {
	toks := a.d.toks
	e := n.lim
	if k < 2 || toks[k].lower != "at" || toks[k-1].text != "," || e+1 >= len(toks) || toks[e].lower != "the" {
		return false
	}
	if !sizeNouns.hasToken(&toks[k-2]) && !forceNouns.hasToken(&toks[k-2]) {
		return false // "left the base, at 2,000 the oldest": the aside is the base's
	}
	w := toks[e+1].lower
	if i := strings.LastIndexByte(w, '-'); i >= 0 {
		w = w[i+1:] // "the second-largest"
	}
	return len(w) > 4 && strings.HasSuffix(w, "est") && toks[e+1].kind == tWord
}
