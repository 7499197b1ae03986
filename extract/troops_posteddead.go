package extract

// diedAfterPosting reports personnel ending at lim that a posting
// participle and its phrase describe before the clause's own verb of
// casualty: "Two soldiers assigned to the border mission died in March",
// "three officers deployed to the port were injured". The participle is
// no predicate of its own (no auxiliary before it), so the figure counts
// people who died or were hurt, not a force; "300 soldiers deployed to the
// border on Monday" keeps its deployment.
func (a *analysis) diedAfterPosting(lim int) bool {
	toks := a.d.toks
	if lim < 1 || lim+2 >= len(toks) || !postedParticiples.hasToken(&toks[lim]) || !postingPreps.has(toks[lim+1].lower) {
		return false
	}
	sent := toks[lim].sent
	for k := lim + 2; k < len(toks) && k < lim+12 && toks[k].sent == sent; k++ {
		t := &toks[k]
		if t.kind != tWord && t.lower != "-" {
			return false // a comma or a figure ends the phrase
		}
		if casualtyWords.hasToken(t) && casualtyPredicateAt(toks, k, lim+2) {
			return true
		}
		if t.lower == "and" || t.lower == "who" || t.lower == "that" || troopVerbs.hasToken(t) || deployVerbs.hasToken(t) {
			return false
		}
	}
	return false
}

// postingPreps open the phrase after a posting participle: "assigned to",
// "stationed in", "deployed at", "serving with".
var postingPreps = closedSet("to", "in", "at", "with", "on", "near", "along")

// casualtyPredicateAt reports a casualty word at k that is a finite verb:
// "died", or a participle after an auxiliary ("were killed", "have died"),
// no earlier than from.
func casualtyPredicateAt(toks []token, k, from int) bool {
	if toks[k].lower == "died" {
		return true
	}
	return k-1 >= from && mishapAux.hasToken(&toks[k-1]) || k-1 >= from && (toks[k-1].lower == "have" || toks[k-1].lower == "has")
}
