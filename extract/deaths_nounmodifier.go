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
