package extract

// singleNounAfter reports a listed singular noun for a person at j that
// the person noun before it modifies and that ends the phrase: "a fighter
// pilot died", "a militia fighter was killed". The first noun names the
// kind, the second the one person; both nouns are listed, so the phrase
// is one victim, not two.
func (a *analysis) singleNounAfter(j int) bool {
	toks := a.d.toks
	if j >= len(toks) || toks[j].kind != tWord || toks[j].cap || npFunctionWords.hasToken(&toks[j]) {
		return false
	}
	if k := a.victimKindOf(toks[j].lower); k&vSingle == 0 || k&vAdj != 0 {
		return false
	}
	e := j + 1
	return e >= len(toks) || toks[e].kind == tPunct || toks[e].lower == "and" || toks[e].lower == "or" ||
		beAux.hasToken(&toks[e]) || haveAux.hasToken(&toks[e]) || a.diedNext(e)
}

// modifiedNounAfter returns the end of a listed singular noun for a person
// one or two plain lower-case words after j, which modify it, when the word
// before j is an adjective that is also such a noun ("a civilian bus driver",
// "a civilian motorcycle-taxi driver": one driver, not "a civilian" and a
// bus); else -1.
func (a *analysis) modifiedNounAfter(j int) int {
	toks := a.d.toks
	for e := j; e < len(toks) && e < j+3; e++ {
		t := &toks[e]
		if t.kind != tWord || t.cap || npFunctionWords.hasToken(t) || phraseStops.hasToken(t) {
			return -1
		}
		k := a.victimKindOf(t.lower)
		if e > j && k&vSingle != 0 && k&vAdj == 0 {
			return e + 1
		}
		if k&^vAdj != 0 {
			return -1 // a listed noun is no modifier of the noun after it; an adjective ("aid") is
		}
	}
	return -1
}
