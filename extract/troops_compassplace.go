package extract

// A state named after a preposition, "the" and a compass word is a place,
// as it is after the preposition alone: "its contingent in the eastern
// Democratic Republic of Congo" names where the contingent serves, not
// who acts.

// theCompassPlace reports "in the eastern" (a preposition of place, "the"
// and a lower-case compass word) right before the state mention at first.
func (a *analysis) theCompassPlace(first int) bool {
	toks := a.d.toks
	return first > 2 && compassWords.hasToken(&toks[first-1]) && !toks[first-1].cap &&
		toks[first-2].lower == "the" && placeAfterPreposition(toks[first-3].lower)
}
