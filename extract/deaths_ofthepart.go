package extract

// partOfTheVictims reads "of the" and a plural noun for people at k,
// the whole a part of a toll is taken from: "killed 14 people, including
// three of the attackers", "among them two of the gunmen", "including
// four of the children". It returns the index after the noun. A noun that
// names no one ("three of the districts") or the hurt ("two of the
// wounded") is none.
func (a *analysis) partOfTheVictims(k int) (int, bool) {
	toks := a.d.toks
	if k+2 >= len(toks) || toks[k].lower != "of" || toks[k+1].lower != "the" {
		return k, false
	}
	w := &toks[k+2]
	if w.kind != tWord || w.cap || a.victimKindOf(w.lower)&(vPlural|vKinPlural) == 0 || passiveNouns.hasToken(w) {
		return k, false
	}
	return k + 3, true
}
