package extract

// nonStateOwnerIn returns the token of a body's noun that is no state's
// and owns, before "'s", the unit a complement from lo to k names: "The
// head of the mission's office in Goma,", "the union's branch"; else -1.
// The place after the unit is where it sits, not whose it is.
func (a *analysis) nonStateOwnerIn(lo, k int) int {
	toks := a.d.toks
	for j := lo; j+2 <= k; j++ {
		if a.nonStateNoun(j) && toks[j+1].lower == "'s" && !toks[j+2].cap && toks[j+2].kind == tWord {
			return j
		}
	}
	return -1
}

// nonStateUnitIn returns the token of a body's noun that is no state's
// and modifies the last lower-case noun of a complement from lo to k, one
// no gazetteer gives a kind: "the head of the local civil society
// coordination,"; else -1. A state's body after the noun ("the union
// government") is left out.
func (a *analysis) nonStateUnitIn(lo, k int) int {
	toks := a.d.toks
	for j := lo; j < k; j++ {
		if !a.nonStateNoun(j) {
			continue
		}
		if j+1 == k && !toks[k].cap && toks[k].kind == tWord && a.bodyKindAt(k) == "" && a.roleKind(k) == 0 && !localities.hasToken(&toks[k]) {
			return j
		}
	}
	return -1
}
