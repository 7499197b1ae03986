package extract

// A weak personnel noun set off by a comma before "N strong" names a
// force by its size as a unit's noun does: "Interior ministry police,
// 1,500 strong, sealed off the avenue". The comma and "strong" make the
// noun a body of men, not a count of bystanders, so no deployment verb is
// needed. Nouns that count only as an army's ("engineers") or only after
// a service's name ("staff") stay out.

// weakStrongAt reports a weak personnel noun ending at j, followed by a
// comma that the number n opens its apposition after: "police, 1,500".
func (a *analysis) weakStrongAt(j int, n number) bool {
	toks := a.d.toks
	if c := capitalOfTailEnd(toks, j+1); c+1 != n.hedge || toks[c].text != "," {
		return false // "Honduras's Military Police of Public Order, some 800 strong,"
	}
	for s := max(0, j-2); s <= j; s++ {
		vals, lim := a.lx.personnel.match(toks, s, true)
		if lim != j+1 {
			continue
		}
		v := vals[0]
		return a.lx.personnelWeak[v] && !a.lx.personnelArmed[v] && !a.lx.personnelServ[v]
	}
	return false
}
