package extract

// orgOrganOwnerAt returns the body of the gazetteer, and the token its
// name starts at, whose organ, named by
// one capitalised institution word after it, owns a title through "'s"
// at k+1: "the ECOWAS Commission's commissioner", "the AU Commission's
// chairperson", "the OSCE Secretariat's head" hold the body's office, not
// a state's. The organ must be a word of an institution (body_words.tsv
// state: "Commission", "Secretariat", "Council"), the body's name must
// open the capitalised run, and the body be no state's own agency.
func (a *analysis) orgOrganOwnerAt(k int) (org, int, bool) {
	toks := a.d.toks
	if k < 1 || !toks[k].cap || toks[k].kind != tWord || a.orgAt[k] >= 0 || a.placeAt[k] >= 0 || a.personAt[k] >= 0 {
		return org{}, 0, false
	}
	if a.lx.bodyWords[toks[k].lower].kind != "state" {
		return org{}, 0, false
	}
	o, ok := a.orgAtTok(k - 1)
	if !ok || o.lim != k || o.first > 0 && toks[o.first-1].cap && toks[o.first-1].kind == tWord && toks[o.first-1].lower != "the" {
		return org{}, 0, false // "the Malawi Red Cross Society's": a longer name of its own
	}
	g := a.lx.orgs[o.org]
	if g.Kind == "agency" || g.Country != "" {
		return org{}, 0, false
	}
	return g, o.first, true
}
