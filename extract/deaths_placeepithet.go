package extract

// epithetBeforePlace returns the index after one lower-case word that
// places or describes a place before its capitalised name, an epithet
// ("neighbouring", "nearby") or a point of the compass ("northern"): the
// place of a part of a toll reads past it, "46 of them in Mamuju and 11
// in neighbouring Majene regency". Else j.
func (a *analysis) epithetBeforePlace(j int) int {
	toks := a.d.toks
	if j+1 >= len(toks) || toks[j].cap || !stateEpithets.hasToken(&toks[j]) && !compassWords.hasToken(&toks[j]) {
		return j
	}
	if t := toks[j+1]; !t.cap || t.kind != tWord || a.personAt[j+1] >= 0 {
		return j
	}
	return j + 1
}
