package extract

// Weak personnel that "had been moved" somewhere are deployed: "1,250
// border guards had been moved to the area overnight", "400 police were
// ordered to the border". These verbs are no troop verbs anywhere in the
// sentence, as what is moved may be something else ("officers stood at
// attention as the bodies were moved"); only the passive right after the
// personnel noun, or after the place they come from ("300 police of
// Kenya's Turkana county were ordered to"), with a place word after it,
// counts.

// movedPassives are the participles of such a passive: "moved", "ordered".
var movedPassives = wordList("moved-passive")

// movedPassiveAfter reports, from lim (the token after the personnel
// noun), forms of "be" and a participle of moving followed by a word of
// movement: "guards had been moved to", "police were rushed into";
// "were ordered to pay" goes nowhere.
func (a *analysis) movedPassiveAfter(lim int) bool {
	toks := a.d.toks
	lim = a.originPhraseEnd(lim)
	k := pastAuxWords(toks, lim, 3)
	if k == lim || k+2 >= len(toks) || !movedPassives.hasToken(&toks[k]) || toks[k+1].sent != toks[lim].sent {
		return false
	}
	if toks[k+1].lower == "to" && !toks[k+2].cap && toks[k+2].lower != "the" {
		return false // "were ordered to pay"
	}
	return a.passiveBetween(lim, k) && movementWord(toks[k+1].lower)
}

// originPhraseEnd returns the end of a phrase "of" or "from" a place
// at lim that tells where personnel come from, up to six words of
// places, names and their possessives ("of Somalia's Galmudug state"),
// or lim when none stands there.
func (a *analysis) originPhraseEnd(lim int) int {
	toks := a.d.toks
	if lim+1 >= len(toks) || toks[lim].lower != "of" && toks[lim].lower != "from" {
		return lim
	}
	if _, ok := a.placeStartingAt(lim + 1); !ok {
		return lim
	}
	for k := lim + 1; k < len(toks) && k <= lim+6 && toks[k].sent == toks[lim].sent; k++ {
		if auxWords.hasToken(&toks[k]) {
			return k
		}
		if a.placeAt[k] < 0 && !toks[k].cap && toks[k].lower != "'s" && !localUnits.hasToken(&toks[k]) && !localities.hasToken(&toks[k]) {
			return lim
		}
	}
	return lim
}
