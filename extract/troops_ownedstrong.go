package extract

// ownedStrongUnit reports a formation's noun that needs a modifier after
// "N-strong" ("company", "platoon") owned by a state or an army acting
// before it: "Malawi will keep its 200-strong company in Cabo Delgado".
// "The firm's 300-strong company of dancers" is no unit of personnel, nor
// is "a 300-strong company" with no army or state before it; "its
// 80-strong team" may be a sports team and stays out.
func (a *analysis) ownedStrongUnit(n number, j int) bool {
	toks := a.d.toks
	if !strengthSuffix(toks[n.first].lower) || j >= len(toks) || !strongUnitsAfterMod.hasToken(&toks[j]) || !formationNouns.hasToken(&toks[j]) {
		return false
	}
	if j+1 < len(toks) && toks[j+1].lower == "of" {
		return false
	}
	k := n.hedge - 1
	if k < 0 || toks[k].lower != "its" && toks[k].lower != "their" && toks[k].lower != "'s" {
		return false
	}
	return a.armedBefore(n.first)
}
