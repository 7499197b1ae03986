package extract

// forcePlaceBefore returns the end and the state of a place inside a
// state named at j right before the name of a force of the gazetteer:
// "200 Oregon National Guard troops" (US). The place says whose force it
// is; a name that needs context ("Georgia") or is also another state's
// place counts not, nor a place before bare personnel ("11 Orlando
// officers", a city's police at work). It returns j for none.
func (a *analysis) forcePlaceBefore(j int) (int, string) {
	if j >= len(a.placeAt) || a.placeAt[j] < 0 {
		return j, ""
	}
	m := a.places[a.placeAt[j]]
	if m.kind != sPlace || m.first != j || m.code == "" || m.ambiguous || len(m.homonyms) > 0 || m.lim >= len(a.d.toks) {
		return j, ""
	}
	e := m.lim
	if e < len(a.orgAt) && a.orgAt[e] >= 0 && a.orgs[a.orgAt[e]].first == e {
		return e, m.code // "Oregon National Guard"
	}
	return j, "" // "11 Orlando officers": a city's police at a scene, no state's deployment
}

// governorsGuard returns "US" for personnel of a "Guard" named between
// the figure n and lim, with no state written, that a governor in the
// sentence or the one before commands: "The governor ordered 400 Guard
// members to the border". Only US governors command a state's Guard; a
// state named anywhere in the sentence ("Mexico's National Guard") says
// whose it is instead, and bare "state troopers" are a state's police.
func (a *analysis) governorsGuard(n number, lim int) string {
	toks := a.d.toks
	guard := false
	for k := n.lim; k < lim; k++ {
		// "400 Guard members", "500 Guardsmen": the Guard's own men
		guard = guard || toks[k].cap && (toks[k].lower == "guard" || toks[k].lower == "guardsmen" || toks[k].lower == "guardsman")
	}
	cur := int(toks[n.first].sent)
	s := a.d.sents[cur]
	if !guard || a.firstStateFrom(s.first, s.lim) < s.lim {
		return ""
	}
	first := s.first
	if cur > 0 && a.d.sents[cur-1].para == s.para {
		first = a.d.sents[cur-1].first
	}
	for k := first; k < n.first; k++ {
		if toks[k].lower == "governor" {
			return "US"
		}
	}
	return ""
}
