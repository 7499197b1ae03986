package extract

// "a briefing in Prince Albert", "hotels in Saskatoon, Regina and Prince
// Albert": a style of rank and one word after "in", "near" or "outside"
// (or at the end of a list of places that follows one) name a town, as
// Prince Rupert and Bishop Auckland are, not a prince or a bishop: a
// person there would be someone's ("in Prince Albert's honour").

// townTitledName reports the run [first, lim), a courtesy style at first
// and one word to lim, written where a place stands.
func (a *analysis) townTitledName(first, start, lim int) bool {
	toks := a.d.toks
	if start != first+1 || lim != start+1 || !a.courtesyAt(first) || lim < len(toks) && (toks[lim].lower == "'s" || toks[lim].lower == "’s") {
		return false
	}
	k := first - 1
	for k > 0 && (toks[k].text == "," || toks[k].lower == "and" || toks[k].lower == "or" || a.placeAt[k] >= 0 && toks[k].cap) {
		k--
	}
	if k < 0 || k+1 < first && toks[k+1].text == "," {
		return false
	}
	switch toks[k].lower {
	case "in", "near", "outside":
		return true
	}
	return false
}
