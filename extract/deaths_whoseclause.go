package extract

import "strings"

// whoseRelativeDeath reads victims l whose relative clause opened by
// "whose" has a verb of its own before the main clause tells their death:
// "One soldier whose name was on Saturday's list died in a prison", "A
// woman whose house stood by the river was killed when it collapsed". The
// death must come after the clause's verb and its complement: in "a woman
// whose husband died" and "a man whose son was killed" the death is the
// clause's, of another person, and is not read.
func (a *analysis) whoseRelativeDeath(l victimList) (Deaths, bool) {
	toks := a.d.toks
	k := l.lim
	if k+3 >= len(toks) || toks[k].lower != "whose" || toks[k].sent != toks[l.first].sent {
		return Deaths{}, false
	}
	verb := -1 // the relative clause's own verb
	for m := k + 2; m < len(toks) && m < k+18 && toks[m].sent == toks[k].sent; m++ {
		w := toks[m].lower
		if deathBlockers.has(w) || a.modalAt(m) || toks[m].kind == tQuote || w == ";" || w == "," || relativeEnds.has(w) || w == "who" || w == "which" || w == "whose" {
			return Deaths{}, false
		}
		kinds, lim := a.deathKindsAt(m)
		if hasKind(kinds, dIntrans) || hasKind(kinds, dPassive) && a.passiveUse(k, m) {
			if verb < 0 || verb >= a.verbChainStart(k, m)-1 {
				return Deaths{}, false // "whose husband died", "whose son was killed": the clause's own death
			}
			rule := ruleDeathWho
			if l.count == 1 {
				rule = ruleDeathOne
			}
			return a.listFigure(l, l.first, lim, rule), true
		}
		if kinds != 0 {
			return Deaths{}, false // "whose brother was wounded": a harm of the clause's
		}
		if verb < 0 && clauseVerbAt(toks[m]) {
			verb = m
		}
	}
	return Deaths{}, false
}

// verbChainStart returns the first of the auxiliaries and adverbs right
// before the death word at m, after from: "was" in "was later killed".
func (a *analysis) verbChainStart(from, m int) int {
	toks := a.d.toks
	for m-1 > from && (predicateAux.hasToken(&toks[m-1]) || haveAux.hasToken(&toks[m-1]) || isAdverb(toks[m-1])) {
		m--
	}
	return m
}

// clauseVerbAt reports a finite verb of a relative clause: a form of
// "be" or "have", or a lower-case past form ("appeared", "stood").
func clauseVerbAt(t token) bool {
	if t.kind != tWord || t.cap {
		return false
	}
	w := t.lower
	return beAux.has(w) && w != "being" && w != "found" || haveAux.has(w) || len(w) > 4 && strings.HasSuffix(w, "ed") ||
		w == "stood" || w == "went" || w == "came" || w == "lay" || w == "sat" || w == "ran" || w == "led" || w == "held"
}
