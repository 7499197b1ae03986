package extract

// A person named before "'s" owns the title after it as its principal,
// whose aide the holder is: "NAME, Ruto's chief of staff," serves the
// president the article names, and holds an office of his state where
// the text makes that plain (principalState); a person is never the body
// of the office.

// personOwnerAfter reads a person's name and "'s" that open an
// apposition's title: "NAME, William Ruto's chief of staff,"; a holder
// the gazetteer knows may be named by surname alone ("NAME, Ruto's
// spokesman,").
func personOwnerAfter(a *analysis, s *appositionScan, k int) (int, stepVerdict) {
	toks := a.d.toks
	if len(s.words) > 0 || s.w.hasHead || s.w.org != "" || s.w.country != "" || s.w.ownerAt >= 0 || !toks[k].cap {
		return k, stepPass
	}
	lim, principal := -1, 0
	if mi := a.personAt[k]; mi >= 0 && a.mentions[mi].first == k && a.knownPerson(mi) {
		lim, principal = a.mentions[mi].lim, 1+int(mi)
	} else if mi < 0 && k+1 < len(toks) && a.holderNameAt(k, k) {
		lim = k + 1
	}
	if lim < 0 || lim+1 >= len(toks) || toks[lim].lower != "'s" || !a.roleAhead(lim+1, 3) {
		return k, stepPass
	}
	s.w.ownerAt, s.w.principal = lim-1, principal
	return lim + 1, stepTake
}

// holderNameAt reports capitalised words lo..e (inclusive) that name an
// office holder the gazetteer knows, by full name or by a surname no two
// states' holders share: "Ruto's chief of staff" is a person's aide, not
// a body's officer, though the article names Ruto nowhere else.
func (a *analysis) holderNameAt(lo, e int) bool {
	if lo < 0 || e < lo || e-lo > 2 {
		return false
	}
	tables := a.lx.holderTables()
	key := holderKey(a.d.text[a.d.toks[lo].start:a.d.toks[e].end])
	if _, ok := tables.full[key]; ok {
		return true
	}
	h, ok := tables.surnames[key]
	return ok && lo == e && h.state != ""
}

// knownPerson reports a person mention whose person holds a role found
// before, or whom the office-holders gazetteer knows by full name: a
// capitalised pair read as a name ("Manchester United's chief
// executive", "Christian Aid's head of policy") is no one's principal.
func (a *analysis) knownPerson(mi int32) bool {
	p := a.people[a.mentions[mi].person]
	if p.role != nil || len(p.roles) > 0 {
		return true
	}
	_, ok := a.lx.holderTables().full[holderKey(p.name)]
	return ok
}
