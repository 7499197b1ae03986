package extract

// bodyNameAside reports a one-word name at [start, lim) set off by commas
// after a lower-case noun and before a person's fuller name that closes
// its own apposition: "The chairman of the capital's development
// authority, Rajuk, Abul Kalam Siddiqui, said" names the authority, then
// its chairman (r29f). The word is no person; acronymAside reads the
// acronym's shape ("CENCO") the same way.
func (a *analysis) bodyNameAside(start, lim int) bool {
	toks := a.d.toks
	if lim-start != 1 || start < 2 || lim+1 >= len(toks) || toks[start-1].text != "," || toks[lim].text != "," {
		return false
	}
	if p := toks[start-2]; p.kind != tWord || p.cap {
		return false
	}
	if !toks[lim+1].cap || toks[lim+1].kind != tWord {
		return false
	}
	e := a.nameRun(lim + 1)
	if e-(lim+1) < 2 || e >= len(toks) {
		return false
	}
	// the fuller name ends its apposition: a comma or a verb of saying
	return toks[e].text == "," || a.peopleClass(e, pcSpeech)
}

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
