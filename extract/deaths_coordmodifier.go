package extract

// coordinatedModifierEnd returns the index after "W and" at j when the two
// words W and the next modify one victim noun after them: "more than 200
// Taliban and allied fighters had died", "40 local and foreign fighters".
// The figure counts the one group; it returns j when there is none. A
// counted noun at j ("12 soldiers and civilians") is a victim of its own.
func (a *analysis) coordinatedModifierEnd(j int) int {
	toks := a.d.toks
	if j+3 >= len(toks) || toks[j].kind != tWord || a.victimWord(toks[j].lower) || toks[j+1].lower != "and" {
		return j
	}
	if toks[j].sent != toks[j+3].sent || toks[j+2].kind != tWord || a.victimWord(toks[j+2].lower) {
		return j
	}
	if a.victimKindOf(toks[j+3].lower)&vPlural != 0 || combatants.hasToken(&toks[j+3]) {
		return j + 2
	}
	return j
}
