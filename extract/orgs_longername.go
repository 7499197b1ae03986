package extract

// dayNames are the weekdays, read here in the bodies' pass (quotes.go's
// weekdays belongs to a later pass).
var dayNames = wordList("weekday")

// longerNameOn reports a gazetteer body's name at [i, lim) that "on" and
// a capitalised run continue into a longer body's name the gazetteer
// lacks: "the European Council on Foreign Relations" is a think tank, not
// the EU's council (ob9). A day, a month or a place after "on" ends no
// name ("the EU on Monday", "the UN on Gaza"), nor does a run that a
// sentence's end or a lower-case word does not close.
func (a *analysis) longerNameOn(lim int) bool {
	toks := a.d.toks
	if lim+1 >= len(toks) || toks[lim].lower != "on" || toks[lim].cap {
		return false
	}
	k := lim + 1
	for k < len(toks) && toks[k].kind == tWord && toks[k].cap && !toks[k].sentStart {
		if a.placeAt[k] >= 0 || dayNames.hasToken(&toks[k]) || monthWords.hasToken(&toks[k]) || isAcronym(toks[k].text) {
			return false
		}
		k++
	}
	if k == lim+1 {
		return false
	}
	// a field of two words or more ("Foreign Relations", "Missing
	// Persons"); one word after "on" is as often a topic or a person ("on
	// Putin")
	return k-lim-1 >= 2
}
