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
