package extract

// dropInnerParty clears a gazetteer party from a role when the party's
// name is written inside a longer capitalised name: "A deputy from the
// opposition-leaning Nationwide Social Democratic Party, NAME," sits for
// Kazakhstan's party, not the US Democrats, so the seat takes the state of
// its context (r29b). A state's name or adjective ("the US Democratic
// Party"), an acronym, a day or month, a role's head or rank, or another
// body before the name leave it the gazetteer's.
func (a *analysis) dropInnerParty(r *role) {
	if r.orgKind != "party" || r.org == "" || r.titleLo < 0 || r.titleLo >= len(a.d.toks) {
		return
	}
	toks := a.d.toks
	sent := toks[r.titleLo].sent
	for _, o := range a.orgs {
		if o.first < 1 || toks[o.first].sent != sent || a.lx.orgs[o.org].Name != r.org || o.lim-o.first < 2 {
			continue
		}
		if a.innerName(o.first) {
			r.org, r.orgKind, r.orgState = "", "", ""
			return
		}
	}
}

// innerName reports a capitalised word right before token i that opens a
// longer name holding the one at i (see dropInnerParty).
func (a *analysis) innerName(i int) bool {
	toks := a.d.toks
	p := &toks[i-1]
	if p.kind != tWord || !p.cap || p.sentStart || p.sent != toks[i].sent || !toks[i].spaceBefore {
		return false
	}
	if a.placeAt[i-1] >= 0 || isAcronym(p.text) || dayNames.hasToken(p) || monthWords.hasToken(p) || a.orgAt[i-1] >= 0 || a.personAt[i-1] >= 0 {
		return false
	}
	// a portfolio's modifier is a word of a name ("Social"); a role's
	// head, rank or qualifier is not ("Acting Democratic Party leader")
	k := a.lx.roleOf(p.lower)
	return k == 0 || k == rMod
}
