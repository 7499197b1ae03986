package extract

// takenPartAt reports "taken part" or "taken off" a duty at k: troops
// that "had taken part in the drills" took part, and those "taken off
// patrols to help the evacuation" were moved to other duty; no one took
// them. Crews "taken off the burning vessel" were rescued.
func takenPartAt(toks []token, k int) bool {
	if toks[k].lower != "taken" || k+1 >= len(toks) {
		return false
	}
	if toks[k+1].lower == "part" {
		return true
	}
	j := k + 2
	if j < len(toks) && (toks[j].lower == "the" || toks[j].lower == "their") {
		j++
	}
	return toks[k+1].lower == "off" && j < len(toks) && takenOffDuties.hasToken(&toks[j])
}

// takenOffDuties are the duties troops are taken off for other work
// (words_troops.tsv taken-off-duty).
var takenOffDuties = wordList("taken-off-duty")

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
