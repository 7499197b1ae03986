package extract

// "…, said Farishta Noori of the Afghan Women's Aid Network": two or three
// capitalised words between a speech verb and "of" a body are the person
// who speaks for it, whatever the given name (a list cannot hold every
// one). A body's name would hold its own body word, and a title its role
// word: neither is taken here.

// saidNameOfBody reports the run [start, lim) set between a lower-case
// speech verb and "of" a body written in capitals.
func (a *analysis) saidNameOfBody(start, lim int) bool {
	toks := a.d.toks
	if start < 1 || lim-start < 2 || lim-start > 3 || lim+2 >= len(toks) || toks[lim].lower != "of" ||
		toks[start-1].cap || !a.peopleClass(start-1, pcSpeech) {
		return false
	}
	for k := start; k < lim; k++ {
		if a.roleKind(k) != 0 || a.titleWordAt(k) || a.bodyWordAt(k) || a.placeAt[k] >= 0 {
			return false
		}
	}
	k := lim + 1
	if toks[k].lower == "the" {
		k++
	}
	return k < len(toks) && (a.orgAt[k] >= 0 || a.capsRunHasBodyWord(k))
}

// capsRunHasBodyWord reports a run of capitalised words from token k,
// joined by "'s" (or a plural's apostrophe), "of", "for" or "and", that holds a body word ("Afghan
// Women's Aid Network", "Institute for Peace").
func (a *analysis) capsRunHasBodyWord(k int) bool {
	toks := a.d.toks
	for end := min(len(toks), k+8); k < end; k++ {
		t := toks[k]
		switch {
		case t.cap && t.kind == tWord:
			if a.bodyWordAt(k) {
				return true
			}
		case t.lower == "'s" || t.lower == "’s" || a.pluralApostrophe(k) || t.lower == "of" || t.lower == "for" || t.lower == "and":
		default:
			return false
		}
	}
	return false
}
