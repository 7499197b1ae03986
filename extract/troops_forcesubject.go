package extract

// stateForceSubject returns the state of a state's armed force named as
// the subject whose last word is at k: "the PLA had massed around 3,000
// troops", "the People's Liberation Army moved 3,000 troops", "the IDF
// sent". The force is its state's, whatever the speaker who reports the
// move ("Indian officials said the PLA had massed ..."). Only a
// government body of the gazetteer with a state counts, read from its
// last word.
func (a *analysis) stateForceSubject(k int) (string, bool) {
	if k < 0 || k >= len(a.orgAt) || a.orgAt[k] < 0 {
		return "", false
	}
	o := a.orgs[a.orgAt[k]]
	g := a.lx.orgs[o.org]
	if o.lim != k+1 || g.Kind != "agency" || g.Country == "" || !forceBodies.hasToken(&a.d.toks[k]) && !isAcronym(a.d.toks[k].text) {
		return "", false
	}
	return g.Country, true
}
