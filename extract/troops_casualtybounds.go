package extract

// takenPartAt reports "taken part" at k: troops that "had taken part in
// the drills" took part, no one took them.
func takenPartAt(toks []token, k int) bool {
	return toks[k].lower == "taken" && k+1 < len(toks) && toks[k+1].lower == "part"
}

// spelledFigureAt reports a number spelled in words at k that opens a
// figure of its own, as digits do: "... joined the effort and the province
// confirmed two deaths" counts other people, whose deaths are not the
// personnel's. "One of them", "two of whom" and "two were killed" speak
// of the personnel and are no new figure.
func (a *analysis) spelledFigureAt(k int) bool {
	toks := a.d.toks
	if toks[k].kind != tWord || !mayBeNumber(&toks[k]) {
		return false
	}
	n, ok := a.d.parseNumber(k)
	if !ok || n.first != k || n.value < 2 || n.vague || n.age {
		return false
	}
	if n.lim >= len(toks) {
		return false
	}
	// "and two were killed": the personnel's own, the subject left out
	nx := toks[n.lim]
	return nx.kind == tWord && nx.lower != "of" && !beAux.hasToken(&nx) && !deathAux.hasToken(&nx) && !casualtyWords.hasToken(&nx)
}
