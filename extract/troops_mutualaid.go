package extract

import "strings"

// lentByForces reports "from" and other police or armed forces right
// after a weak personnel noun ending at lim: "1,300 officers from other
// forces", "200 officers from 12 forces". Officers lent by other forces
// are a deployment (police mutual aid), whatever the verb, where a
// police force acts in the sentence ("The Met drafted in ..."); "The
// inquiry heard from 40 officers from other forces" is none.
func (a *analysis) lentByForces(lim int) bool {
	toks := a.d.toks
	lim = mutualAidAt(toks, a.comingFrom(lim)) // "would come from forces in England"
	if lim+2 >= len(toks) || toks[lim].lower != "from" {
		return false
	}
	for k := lim + 1; k < len(toks) && k <= lim+3 && toks[k].sent == toks[lim].sent; k++ {
		if toks[k].lower == "forces" && !toks[k].cap {
			// "from other forces", "from forces in England"; not "from
			// forces" alone, nor "from the armed forces"
			placed := k == lim+1 && k+1 < len(toks) && (toks[k+1].lower == "in" || toks[k+1].lower == "across")
			return (k > lim+1 || placed) && toks[k-1].lower != "security" && toks[k-1].lower != "armed" && a.policeActs(lim, k)
		}
		if toks[k].kind != tWord && toks[k].kind != tNum {
			return false
		}
	}
	return false
}

// policeActs reports a police force named in the sentence of lim outside
// the tokens lim..e: "Metropolitan Police", "the police", "Constabulary".
func (a *analysis) policeActs(lim, e int) bool {
	toks := a.d.toks
	s := a.d.sents[toks[lim].sent]
	if a.mutualAidIn(lim) {
		return true
	}
	for k := s.first; k < s.lim; k++ {
		if w := toks[k].lower; (k < lim || k > e) && (w == "police" || w == "constabulary") {
			return true
		}
	}
	return false
}

// movingAfter reports a participle of movement right after personnel
// ending at lim, with a word of where after it: "with some 2,000 soldiers
// crossing back", "with 300 troops heading home". Personnel on the move
// are deployed, not a state's strength.
func movingAfter(toks []token, lim int) bool {
	if lim+1 >= len(toks) || toks[lim].sent != toks[lim+1].sent || !strings.HasSuffix(toks[lim].lower, "ing") {
		return false
	}
	return movementWord(toks[lim+1].lower)
}
