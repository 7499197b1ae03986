package extract

// titledPastBodyName reports a title before the one-word body's name that
// stands between it and the name at first ("The chairman of the ...
// authority, Rajuk, NAME,"): the title is the name's evidence.
func (a *analysis) titledPastBodyName(first, start, lim int) bool {
	toks := a.d.toks
	if first < 4 || lim-start < 2 || lim >= len(toks) || toks[lim].text != "," && !a.peopleClass(lim, pcSpeech) || toks[first-1].text != "," || !a.bodyNameAside(first-2, first-1) {
		return false
	}
	w, ok := a.titleBefore(first - 3)
	return ok && (a.definiteBefore(w.lo) || a.indefiniteWithComplement(w, first-3))
}
