package extract

// placeOwnedRole returns the token after a place's (or, after "the", a
// common noun's) "'s" and the one office holder it owns, at j: "Uruapan's
// mayor was shot dead", "Kenya's ambassador was stabbed to death", "the
// town's deputy mayor died"; or -1. The holder is one person, as "the
// mayor of Uruapan" is; a plural ("the town's councillors") or a thing
// owned ("Uruapan's market") is none.
func (a *analysis) placeOwnedRole(j int, definite bool) int {
	toks := a.d.toks
	if j >= len(toks) {
		return -1
	}
	o := -1
	switch {
	case a.placeAt[j] >= 0 && a.places[a.placeAt[j]].first == j:
		o = a.places[a.placeAt[j]].lim
	case definite && toks[j].kind == tWord && !toks[j].cap && a.victimKindOf(toks[j].lower) == 0:
		o = j + 1 // "the town's mayor"
	}
	if o < 0 || o+2 >= len(toks) || toks[o].lower != "'s" {
		return -1
	}
	k := o + 1
	if toks[k].kind == tWord && !toks[k].cap && !phraseStops.hasToken(&toks[k]) && k+1 < len(toks) && a.ownedHolderAt(k+1) {
		k++ // "the city's police chief", "the town's deputy mayor"
	}
	if !a.ownedHolderAt(k) {
		return -1
	}
	e := k + 1
	if e >= len(toks) || !(beAux.hasToken(&toks[e]) || haveAux.hasToken(&toks[e]) || a.diedNext(e)) {
		return -1 // "Uruapan's mayor Carlos Manzo": the name is the people pass's
	}
	return e
}

// ownedHolderAt reports a lower-case singular head of an office or a noun
// for one person at k: "mayor", "ambassador", "chief".
func (a *analysis) ownedHolderAt(k int) bool {
	t := &a.d.toks[k]
	if t.kind != tWord || t.cap || plural(t.lower) {
		return false
	}
	r := a.roleKind(k)
	return r == rHead || r == rWeak || a.victimKindOf(t.lower)&vSingle != 0
}
