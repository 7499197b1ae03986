package extract

import "strings"

// tollFrontedAfter reports a toll named after a number that a verb has
// brought it to, with the number fronted: "raising to eight the death
// toll", "bringing to 12 the number confirmed dead". After "the" stands
// a toll's noun, or "number" (or count, total) with a word of death in
// the next few words and no injury first.
func (a *analysis) tollFrontedAfter(e int) bool {
	toks := a.d.toks
	if e+2 >= len(toks) || toks[e].lower != "the" || toks[e].sent != toks[e-1].sent {
		return false
	}
	if kinds, _ := a.deathKindsAt(e + 1); hasKind(kinds, dToll) && !hasKind(kinds, dHurt) {
		return true
	}
	if toks[e+1].lower != "number" && !countNouns.hasToken(&toks[e+1]) {
		return false
	}
	if a.numberFoundOfBodies(e + 1) {
		return true // "bringing to 71 the number found there this year"
	}
	for j := e + 2; j < len(toks) && j <= e+5 && toks[j].sent == toks[e].sent && toks[j].kind == tWord; j++ {
		kinds, _ := a.deathKindsAt(j)
		if hasKind(kinds, dHurt) {
			return false
		}
		if hasKind(kinds, dAdj) || hasKind(kinds, dPassive) || hasKind(kinds, dIntrans) {
			return true // "the number confirmed dead", "the number known to have died"
		}
	}
	return false
}

// deadRaisedBefore reports "the dead" right after a verb that brings a
// count to the "to" at k, with no injury between: "brought the dead from
// three days of fighting to 27". The dead stand for their count.
func (a *analysis) deadRaisedBefore(k int) bool {
	toks := a.d.toks
	s := a.d.sents[toks[k].sent]
	for e := k - 1; e > s.first && e >= k-14; e-- {
		if kinds, _ := a.deathKindsAt(e); hasKind(kinds, dHurt) || toks[e].text == ";" {
			return false
		}
		if toks[e].lower == "dead" && toks[e-1].lower == "the" && e >= 2 && countRaisers.hasToken(&toks[e-2]) {
			return true
		}
	}
	return false
}

// earlierTimeAfter reports a past time in the few words after k in its
// sentence, which makes "against" there compare a figure with an earlier
// one: ", against 13 in the whole of last year", ", against 40 in 2019".
func earlierTimeAfter(toks []token, k int) bool {
	for j := k + 1; j < len(toks) && j <= k+8 && toks[j].sent == toks[k].sent; j++ {
		if w := toks[j].lower; w == "last" || w == "previous" || w == "before" || w == "earlier" {
			return true
		}
		if t := toks[j]; t.kind == tNum && len(t.text) == 4 && (strings.HasPrefix(t.text, "19") || strings.HasPrefix(t.text, "20")) && j > k+2 {
			return true
		}
	}
	return false
}
