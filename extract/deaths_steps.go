package extract

import "sort"

// stepAdverbs may stand before a further step of a figure: "raised the
// figure to 33 and finally to 34", "then to 41".
var stepAdverbs = closedSet("then", "finally", "later", "eventually", "subsequently", "again", "once", "more")

// furtherSteps returns the later figures a revised count went through
// after its figure d, each "and (then|finally) to N" or ", then to N":
// "first said 12 ..., then raised the figure to 33 and finally to 34"
// gives 34 too. The step must be "to" and a number that ends its phrase;
// "and to 40 percent" or "and to 300 homes" is none.
func (a *analysis) furtherSteps(d Deaths) []Deaths {
	toks := a.d.toks
	// the figure's number ends the figure: "raised the figure to 33"
	lim := sort.Search(len(toks), func(k int) bool { return int(toks[k].start) >= d.End })
	n, ok := a.numberEndingAt(lim)
	if !ok || n.value != d.Count {
		return nil
	}
	var out []Deaths
	for e := n.lim; e < len(toks) && toks[e].sent == toks[n.first].sent; {
		j := e
		if toks[j].text == "," {
			j++
		}
		if j < len(toks) && toks[j].lower == "and" {
			j++
		}
		adv := 0
		for j < len(toks) && adv < 2 && stepAdverbs.hasToken(&toks[j]) {
			j, adv = j+1, adv+1
		}
		if j == e || j+1 >= len(toks) || toks[j].lower != "to" || j == e+1 && toks[e].text == "," {
			return out // ", to" alone is no step: a step needs "and" or an adverb
		}
		m, ok := a.countAt(j + 1)
		if !ok || m.hedge != j+1 || m.age || m.vague || m.value <= 0 || a.isYear(m) {
			return out
		}
		if f := m.lim; f < len(toks) && toks[f].sent == toks[j].sent && toks[f].kind == tWord && !figureEnds.hasToken(&toks[f]) && !whenWord(toks[f].lower) {
			return out // "and then to 40 percent"
		}
		s := a.makeDeath(m, j, m.lim, d.Rule)
		s.Cumulative = true
		out = append(out, s)
		e = m.lim
	}
	return out
}
