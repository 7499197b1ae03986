package extract

// deadSubjectWere reports a subject that is the dead, opening the
// sentence, and "were" or "are" before the list at i that names them:
// "The dead were two nurses and a pharmacist", "Those killed in the
// blast were ...", "Those who died were ...", "The people killed were
// ...". The list then counts the dead. "The dead included ..." names a
// part and is read elsewhere.
func (a *analysis) deadSubjectWere(i int) bool {
	toks := a.d.toks
	s := a.d.sents[toks[i].sent]
	if i-2 < s.first || toks[i-1].lower != "were" && toks[i-1].lower != "are" {
		return false
	}
	j := s.first
	if toks[j].kind == tQuote {
		j++
	}
	e := a.deadSubjectEnd(j)
	if e <= j {
		return false
	}
	return e == i-1 || e < i-1 && a.placePhraseBetween(e, i-1)
}

// deadSubjectEnd returns the index after a phrase at j that names the
// dead as a group: "the dead", "those killed", "those who died", "the
// people killed", "the victims who died"; else j.
func (a *analysis) deadSubjectEnd(j int) int {
	toks := a.d.toks
	if lim, ok := a.theDeadAt(j); ok {
		return lim
	}
	if j+2 >= len(toks) || toks[j].lower != "the" && toks[j].lower != "those" {
		return j
	}
	k := j + 1
	if toks[j].lower == "the" {
		if !a.victimWord(toks[k].lower) || a.victimKindOf(toks[k].lower)&(vPlural|vKinPlural) == 0 {
			return j
		}
		k++ // "the people killed", "the men who died"
	}
	if e := a.deathRelativeEnd(k); e > k {
		return e
	}
	if kinds, lim := a.deathKindsAt(k); hasKind(kinds, dPassive) && !hasKind(kinds, dHurt) {
		return lim
	}
	return j
}
