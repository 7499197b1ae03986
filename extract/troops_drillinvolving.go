package extract

import "strings"

// drillInvolving reports weak personnel that a drill or an exercise of an
// armed body or a state involves: "The Revolutionary Guards began a drill
// on Abu Musa involving 12,000 Guards and Basij volunteers". Those who
// take part in an exercise count; a drill of no armed body ("the mall held
// a fire drill involving 300 guards") is none.
func (a *analysis) drillInvolving(n number) bool {
	toks := a.d.toks
	k := n.hedge - 1
	first := a.d.sents[toks[n.first].sent].first
	if k <= first || toks[k].lower != "involving" && toks[k].lower != "involved" {
		return false
	}
	d := -1
	for j := k - 1; j >= first && j >= k-5; j-- {
		if drillNouns.hasToken(&toks[j]) {
			d = j
			break
		}
	}
	if d < 0 {
		return false
	}
	if a.statesBefore(first, d) > 0 {
		return true
	}
	for j := first; j < d; j++ {
		if w := toks[j].lower; toks[j].cap && (forceBodies.has(w) || forceBodies.has(strings.TrimSuffix(w, "s"))) {
			return true // "The Revolutionary Guards began a drill"
		}
	}
	return false
}
