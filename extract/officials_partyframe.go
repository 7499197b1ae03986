package extract

// frameParty returns the party whose possessive the sentence names
// before a bare party-only office: "At the AfD's headquarters in the
// capital, co-leader NAME accused ..." is the AfD's co-leader. "" when
// no party's possessive, or a person, stands between the sentence's
// start and the title.
func (a *analysis) frameParty(r *role) string {
	toks := a.d.toks
	lo := r.titleLo
	if lo < 1 || lo >= len(toks) || r.titleHi-lo != 1 {
		return ""
	}
	party := ""
	for k := a.d.sents[toks[lo].sent].first; k < lo; k++ {
		if a.personAt[k] >= 0 {
			return ""
		}
		o, ok := a.orgAtTok(k)
		if !ok || o.first != k || o.lim >= lo || toks[o.lim].lower != "'s" {
			continue
		}
		if a.lx.orgs[o.org].Kind != "party" || party != "" {
			return ""
		}
		party = a.lx.orgs[o.org].Name
	}
	return party
}

// stateUnitAcronym returns an unknown acronym right before a party
// office of the party's state unit: "APC state publicity secretary
// NAME", "CPI(M) State secretary NAME". A state's own office is written
// with the state's name ("US Secretary of State"), which placeAt holds.
func (a *analysis) stateUnitAcronym(r *role) string {
	toks := a.d.toks
	lo, hi := r.titleLo, r.titleHi
	if lo < 1 || hi > len(toks) || !partyOffices.has(r.head) {
		return ""
	}
	if isAcronym(toks[lo].text) {
		lo++ // the acronym opens the title at a sentence's start
	}
	if lo+1 >= hi || toks[lo].lower != "state" {
		return ""
	}
	k := lo - 1
	if toks[k].text == ")" && k >= 3 && toks[k-2].text == "(" {
		k -= 3 // "CPI(M)"
	}
	t := &toks[k]
	// no personAt test: a sentence's opening "But APC" may read as a name
	if t.kind != tWord || !isAcronym(t.text) || a.placeAt[k] >= 0 || a.orgAt[k] >= 0 {
		return ""
	}
	return stripInvisible(a.d.text[t.start:toks[lo-1].end])
}
