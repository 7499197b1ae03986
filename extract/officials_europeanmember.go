package extract

// europeanParliament is the gazetteer's name of the European Parliament,
// whose members hold no state's seat (the settled policy: MEPs null/EP).
const europeanParliament = "European Parliament"

// europeanMembers gives the European Parliament's seat, no state's, to a
// legislator whose title writes the state of which they are a national:
// "French MEP NAME", "NAME, a German MEP"; and, in a story whose lead is
// about the European Parliament, "NAME, a French lawmaker who chairs the
// Patriots' delegation", "Finnish centre-right lawmaker NAME", as wire
// copy from Strasbourg names its members. A body of the role's own (a
// national parliament's committee, a party) keeps its reading.
func (a *analysis) europeanMembers() {
	lead := a.leadNamesOrg(europeanParliament)
	for _, p := range a.people {
		r := p.role
		if r == nil || r.country == "" || r.org != "" && (r.orgKind != "party" || !a.europeanSeat(r)) {
			continue // "Lega MEP NAME", "a Civic Coalition member of the European Parliament": the party's member, the EP's seat
		}
		switch r.head {
		case "mep":
		case "lawmaker", "legislator":
			if !lead || !a.demonymInTitle(r) {
				continue
			}
		default:
			if !a.europeanSeat(r) {
				continue
			}
		}
		r.country, r.org, r.orgKind, r.nonState = "", europeanParliament, "", true
	}
}

// leadNamesOrg reports the gazetteer's body name in the lead: the first
// sentence of prose (leadWords tokens or more) and what stands above it.
func (a *analysis) leadNamesOrg(name string) bool {
	lim := 0
	for _, s := range a.d.sents {
		lim = s.lim
		if s.lim-s.first >= leadWords {
			break
		}
	}
	for _, o := range a.orgs {
		if o.first < lim && a.lx.orgs[o.org].Name == name {
			return true
		}
	}
	return false
}

// demonymInTitle reports a state's adjective of r's state among the words
// of its title or the two words before them: "French lawmaker", "Finnish
// centre-right lawmaker", "a French lawmaker".
func (a *analysis) demonymInTitle(r *role) bool {
	for k := max(r.titleLo-2, 0); k < r.titleHi && k < len(a.d.toks); k++ {
		if pi := a.placeAt[k]; pi >= 0 && a.places[pi].kind == sAdjective && a.places[pi].code == r.country {
			return true
		}
	}
	return false
}

// europeanSeat reports an MEP's title, or a member's title that "of the
// European Parliament" completes: "Lega MEP", "a Civic Coalition member of
// the European Parliament".
func (a *analysis) europeanSeat(r *role) bool {
	if r.head == "mep" {
		return true
	}
	toks := a.d.toks
	h := r.titleHi
	if r.head != "member" || h+2 >= len(toks) || toks[h].lower != "of" || toks[h+1].lower != "the" {
		return false
	}
	o, ok := a.orgAtTok(h + 2)
	return ok && o.first == h+2 && a.lx.orgs[o.org].Name == europeanParliament
}
