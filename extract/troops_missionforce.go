package extract

// missionForceNamed reports "force" at j after a word of a mission's or
// an alliance's kind among the lower-case words right before it: "the
// forward land force in Finland", "the multinational force", "the rapid
// reaction force". Such a force is deployed, and its size at full
// strength counts what it will deploy, not a state's standing army.
func (a *analysis) missionForceNamed(j int) bool {
	toks := a.d.toks
	if toks[j].lower != "force" {
		return false
	}
	for k := j - 1; k >= 0 && k >= j-3 && toks[k].kind == tWord && !toks[k].cap && toks[k].sent == toks[j].sent; k-- {
		if missionForceMods.hasToken(&toks[k]) {
			return true
		}
	}
	return false
}
