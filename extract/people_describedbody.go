package extract

// describedAsBody reports a run that no given name opens set off by a
// comma and an indefinite description whose noun is a body that is no
// state's: "Foro Penal, a group that provides legal aid to detainees,"
// and "Provea, a Caracas-based rights organisation," name bodies; a
// person is described by a role or an occupation. The noun must end its
// phrase ("NAME, a group leader," is a person).
func (a *analysis) describedAsBody(start, lim int) bool {
	toks := a.d.toks
	if lim+3 >= len(toks) || toks[lim].text != "," || toks[lim+1].lower != "a" && toks[lim+1].lower != "an" || a.isGivenName(start) {
		return false
	}
	for e := lim + 2; e < len(toks) && e <= lim+5 && toks[e].sent == toks[lim].sent; e++ {
		if a.nonStateNoun(e) {
			return e+1 < len(toks) && bodyDescriptionEnds(&toks[e+1])
		}
		if toks[e].kind != tWord && toks[e].text != "-" || toks[e].cap && a.placeAt[e] < 0 || a.roleKind(e) != 0 || a.peopleClass(e, pcHuman) || connectors.hasToken(&toks[e]) || complementPreps.hasToken(&toks[e]) {
			return false // "NAME, a spokesman for the alliance,": a person's role
		}
	}
	return false
}

// bodyDescriptionEnds reports a token that ends a description's noun
// phrase: a comma or full stop, or a word that opens what follows it
// ("that", "which", "based", "founded" or a preposition).
func bodyDescriptionEnds(t *token) bool {
	switch t.lower {
	case ",", ".", "that", "which", "based", "founded", "of", "for", "in", "with", "representing":
		return true
	}
	return false
}

// ownerBeforeHolder reports a run that no title and no given name opens,
// right after a role noun's "of" and before a comma and the holder's name:
// in "The secretary general of Primero Justicia, Tomás Arvelo, said" the
// run is the body whose office Arvelo holds, not a second speaker set off
// by his name.
func (a *analysis) ownerBeforeHolder(first, start, lim int) bool {
	toks := a.d.toks
	if first != start || first < 2 || lim+2 >= len(toks) || toks[first-1].lower != "of" || toks[lim].text != "," || a.isGivenName(start) {
		return false
	}
	if k := a.roleKind(first - 2); k != rHead && k != rWeak {
		return false
	}
	return toks[lim+1].cap && toks[lim+1].kind == tWord && a.isGivenName(lim+1)
}
