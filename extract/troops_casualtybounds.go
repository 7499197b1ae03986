package extract

// takenPartAt reports "taken part" or "taken off" a duty at k: troops
// that "had taken part in the drills" took part, and those "taken off
// patrols to help the evacuation" were moved to other duty; no one took
// them. Crews "taken off the burning vessel" were rescued.
func takenPartAt(toks []token, k int) bool {
	if toks[k].lower != "taken" || k+1 >= len(toks) {
		return false
	}
	if toks[k+1].lower == "part" || takenCharge.hasToken(&toks[k+1]) || toks[k+1].lower == "in" && k+2 < len(toks) && (toks[k+2].kind == tNum || hedgeWord(toks[k+2].lower) && toks[k+2].lower != "a" && toks[k+2].lower != "an") {
		return true // "has taken over", "had taken in more than 200,000 refugees" (ht1): no one was captured
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

// takenCharge after "taken" make it an act of the subject, no capture:
// "had taken over the sector", "has taken command".
var takenCharge = wordList("taken-charge")

// negatedCasualtyAt reports a casualty word at k that "no" or "none"
// denies: "whose 870 soldiers fly home next week, lost no personnel",
// "suffered no casualties", "none were hurt" (ht1); not "three soldiers
// with no helmets were hurt".
func negatedCasualtyAt(toks []token, k int) bool {
	if k+1 < len(toks) && toks[k+1].lower == "no" || k > 0 && toks[k-1].lower == "no" {
		return true
	}
	return k > 1 && toks[k-2].lower == "none" && beAux.hasToken(&toks[k-1])
}

// careVerbs take the hurt or the dead as their object: "helped carry the
// injured", "evacuated the wounded".
var careVerbs = wordList("care-verb")

// careForCasualtiesAt reports a casualty word at k used as a noun ("the
// injured") that a verb of care takes: "Twenty soldiers helped carry the
// injured up the bank" are rescuers, no casualties (ht1); "were among the
// dead" stays a toll.
func careForCasualtiesAt(toks []token, k int) bool {
	return k > 1 && toks[k-1].lower == "the" && careVerbs.hasToken(&toks[k-2])
}
