package extract

// Bodies of a named side or group before the verb that finds them: "over
// 60 bodies of the enemy were left on the battlefield", "12 bodies of
// the attackers were recovered", and bodies that lie where they fell. The group is people ("enemy", a plural
// people noun), so "bodies of water" and "bodies of the union" stay none.

// bodyLyingVerbs, after the bodies only, tell where the dead lie: "over
// 60 bodies were left on the battlefield", "bodies lay along the road";
// before a number they are no count ("the reform left two bodies in
// charge").
var bodyLyingVerbs = wordList("body-lying")

// bodiesLie reports a verb of lying within three words from j; "left"
// only as a passive ("were left"), for "the two bodies left the talks"
// are organisations.
func bodiesLie(toks []token, j int) bool {
	for k := j; k < len(toks) && k < j+3; k++ {
		if bodyLyingVerbs.hasToken(&toks[k]) {
			return toks[k].lower != "left" || k > 0 && beAux.hasToken(&toks[k-1])
		}
	}
	return false
}

// bodiesGroupNouns are the sides whose bodies are counted besides the
// plural people nouns of the victims list.
var bodiesGroupNouns = closedSet("enemy", "dead", "deceased", "fallen")

// bodiesOfGroupEnd returns the index after "of [the|its|their] GROUP" at
// j, right after "bodies"; j when no such group follows.
func (a *analysis) bodiesOfGroupEnd(j int) int {
	toks := a.d.toks
	if j+1 >= len(toks) || toks[j].lower != "of" {
		return j
	}
	k := j + 1
	if w := toks[k].lower; (w == "the" || w == "its" || w == "their") && k+1 < len(toks) {
		k++
	}
	if t := &toks[k]; t.kind == tWord && (bodiesGroupNouns.hasToken(t) || a.victimKindOf(t.lower)&vPlural != 0) {
		return k + 1
	}
	return j
}
