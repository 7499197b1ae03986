package extract

// A plural title before a pair of names: "the two countries' defence
// ministers, Shin Dong-ryeol and Aiko Tsuchida," gives each name the
// singular office, as "Defence Ministers NAME and NAME" does.

// pluralTitlePair gives the singular of plural title w to the person at mi
// and to the one name joined to it by "and" that ends the list, and
// reports whether it did.
func (a *analysis) pluralTitlePair(rule string, p *person, mi int, w titleWalk) bool {
	toks := a.d.toks
	m := a.mentions[mi]
	e := m.lim
	if !a.pluralHead(w.head) || e+1 >= len(toks) || toks[e].lower != "and" || a.personAt[e+1] < 0 {
		return false
	}
	next := a.mentions[a.personAt[e+1]]
	if next.first != e+1 || next.lim < len(toks) && (toks[next.lim].lower == "and" || a.listGoesOnAfter(next.lim)) {
		return false
	}
	title := singularTitle(a.titleText(w.words))
	w.head = singular(w.head)
	a.addRoleText(p, w, title, rule, 2, mi)
	a.addRoleText(a.people[next.person], w, title, rule, 2, int(a.personAt[e+1]))
	return true
}

// plainPluralPossessive reports an apostrophe at k closing a lower-case
// plural: "the two countries' defence ministers".
func (a *analysis) plainPluralPossessive(k int) bool {
	toks := a.d.toks
	return k >= 1 && k < len(toks) && toks[k].text == "'" && !toks[k].spaceBefore && !toks[k-1].cap && toks[k-1].kind == tWord && len(toks[k-1].lower) > 2 && toks[k-1].lower[len(toks[k-1].lower)-1] == 's'
}
