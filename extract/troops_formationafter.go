package extract

// formationAfter and formationLead name formations after a personnel
// word besides formationNouns (words_troops.tsv formation-after,
// formation-lead): "two infantry battle groups" counts groups, not
// infantry.
var formationAfter, formationLead = wordList("formation-after"), wordList("formation-lead")

// formationAfterPersonnel reports a formation's noun at k, right after a
// personnel word used as a modifier: "three artillery batteries", "two
// commando teams", or a lead word and such a noun, "two infantry battle
// groups", "four police task forces". A lead word alone is a verb or a
// noun of its own ("500 troops battle the rebels"), and "force" or
// "forces" name a formation only after one ("task forces"): "300 police
// forces" are more likely police.
func formationAfterPersonnel(toks []token, k int) bool {
	if k >= len(toks) || toks[k].kind != tWord || toks[k].cap || toks[k].sent != toks[k-1].sent {
		return false
	}
	if formationLead.hasToken(&toks[k]) {
		return k+1 < len(toks) && formationAfter.hasToken(&toks[k+1]) && toks[k+1].sent == toks[k].sent
	}
	w := toks[k].lower
	return formationAfter.hasToken(&toks[k]) && w != "force" && w != "forces"
}
