package extract

// A party written by its own name inside the title, "National Party
// leader NAME", "Green Party spokesman NAME", makes a party office (fo23's
// policy: a party's offices are no state's) even when the gazetteer does
// not know the party: bare generic names such as "National Party" are left
// out of it on purpose.

// titleNamedParty gives a party office whose title opens with a
// capitalised name ending in "Party" that party as its body and reports
// whether it did (placeRoles then drops the state of the context it was
// given); a seat the person also holds keeps the state's.
func (a *analysis) titleNamedParty(p *person, r *role) bool {
	if r.org != "" || r.nonState || r.explicit || r.titleLo < 0 || r.titleHi > len(a.d.toks) {
		return false
	}
	if !partyOffices.has(r.head) && !partyOwnedOffices.has(r.head) || a.seatHeld(p, r) {
		return false
	}
	toks := a.d.toks
	for k := r.titleLo; k+1 < r.titleHi; k++ {
		t := &toks[k]
		if t.kind != tWord || !t.cap || a.placeAt[k] >= 0 {
			return false // "Ghana's National Party leader": a state's adjective or name
		}
		if t.text == "Party" && k > r.titleLo {
			r.org = stripInvisible(a.d.text[toks[r.titleLo].start:t.end])
			r.orgKind, r.nonState = "party", true
			return true
		}
	}
	return false
}

// partyNameBeforeTitle gives a party office the party whose capitalised
// name, ending on "Party", stands just before the title and reports
// whether it did: "Travis County Democratic Party Chair NAME" is the
// county party's chair, no state's, whether or not the gazetteer lists it.
func (a *analysis) partyNameBeforeTitle(p *person, r *role) bool {
	toks := a.d.toks
	k := r.titleLo - 1
	if r.org != "" || r.nonState || k < 1 || r.titleHi > len(toks) || toks[k].text != "Party" {
		return false
	}
	if !partyOffices.has(r.head) && !partyOwnedOffices.has(r.head) || a.seatHeld(p, r) {
		return false
	}
	lo := k
	for lo > 0 && toks[lo-1].cap && toks[lo-1].kind == tWord && !toks[lo-1].sentStart && k-lo < 5 {
		lo--
	}
	if lo > 0 && toks[lo-1].cap && toks[lo-1].sentStart && toks[lo-1].kind == tWord {
		lo-- // the sentence opens with the party's name
	}
	if lo == k {
		return false
	}
	r.org = stripInvisible(a.d.text[toks[lo].start:toks[k].end])
	r.orgKind, r.nonState = "party", true
	return true
}
