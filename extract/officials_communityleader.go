package extract

// communityLeader reports a leader's title written after a pair of state
// words that name a people of one state living in another ("Turkish
// Cypriot leader NAME", "Kosovo Serb leader NAME"): the leader of a
// community, whose office is no state's (the gold's Turkish Cypriot
// leaders have no country), though each word alone names a state.
func (a *analysis) communityLeader(r *role) bool {
	if r.head != "leader" || r.titleLo < 2 || r.titleLo > len(a.d.toks) {
		return false
	}
	k := r.titleLo - 1
	if k >= 0 && a.placeAt[k] < 0 && k+1 < len(a.d.toks) && a.placeAt[k+1] >= 0 {
		k++ // the title's words may open with the adjective
	}
	if a.placeAt[k] < 0 {
		return false
	}
	m := a.places[a.placeAt[k]]
	if !m.state || m.kind != sAdjective || m.lim != k+1 {
		return false
	}
	if a.civicBeside(m) != "" {
		return true // "Kosovo Serb leader": the descent next to the title
	}
	if !a.civicAt(m) || m.first < 1 || a.placeAt[m.first-1] < 0 {
		return false
	}
	o := a.places[a.placeAt[m.first-1]]
	return o.state && o.kind == sAdjective && o.lim == m.first && o.code != m.code && !a.civicAt(o) // "Turkish Cypriot leader"
}
