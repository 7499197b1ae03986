package extract

// personsPartOf reads a body's part owned by a person, after the person's
// name ending at lim: "a spokesman for Condori's faction of the Movement
// for Socialism" speaks for the party's faction, not for Condori. The noun
// names a body that is no state's (body_nouns.tsv nonstate) or a party's
// part ("wing"), and an of-phrase names the body it is part of. It
// returns the token after what it read.
func (a *analysis) personsPartOf(lim int, w *titleWalk) (int, bool) {
	toks := a.d.toks
	if lim < 1 || !toks[lim-1].cap || lim+3 >= len(toks) || toks[lim].lower != "'s" && toks[lim].lower != "’s" {
		return 0, false
	}
	n := lim + 1
	if !a.nonStateNoun(n) && !partyParts.hasToken(&toks[n]) || toks[n+1].lower != "of" || toks[n+1].sent != toks[n].sent {
		return 0, false
	}
	org, nonState, principal := w.org, w.nonState, w.principal
	w.principal = 0
	if next, ok := a.readComplement(n+1, w, new([]int)); ok && (w.org != "" || w.nonState) {
		return next, true
	}
	w.org, w.nonState, w.principal = org, nonState, principal
	return 0, false
}

// ownerNameEnd returns where the name opening at j ends: the person's
// mention there, else the capitalised run to capEnd; the owner is a
// person or a name no gazetteer holds as a body or place.
func (a *analysis) ownerNameEnd(j, capEnd int) int {
	if j < len(a.personAt) && a.personAt[j] >= 0 {
		return a.mentions[a.personAt[j]].lim
	}
	if a.orgAt[j] >= 0 || a.placeAt[j] >= 0 {
		return j
	}
	return capEnd
}
