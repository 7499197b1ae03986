package extract

// usLocalForce returns "US" for personnel of a figure n, ending at lim,
// with no state written in its sentence, that a force only the United
// States has holds: a sheriff's deputies ("The Osage County Sheriff's
// Office sent 20 deputies"), or the Guard in a sentence that names a
// place inside the US ("The Guard pulled its last 80 soldiers out of
// Asheville", "2,000 Guard members from 22 states were helping in
// western North Carolina"). Else "".
func (a *analysis) usLocalForce(n number, lim int) string {
	toks := a.d.toks
	s := a.d.sents[toks[n.first].sent]
	if a.firstStateFrom(s.first, s.lim) < s.lim || a.isCasualty(n.hedge, lim) {
		return ""
	}
	guard, usPlace := false, false
	for k := s.first; k < s.lim; k++ {
		w := toks[k].lower
		if w == "sheriff" && toks[k].cap && k < n.first {
			return "US" // "the County Sheriff's Office sent", "Sheriff Jane Doe said 25 of his deputies"
		}
		guard = guard || toks[k].cap && (w == "guard" || w == "guardsmen")
		if p := a.placeAt[k]; p >= 0 {
			m := a.places[p]
			usPlace = usPlace || m.kind == sPlace && m.code == "US" && !m.ambiguous && len(m.homonyms) == 0
		}
	}
	if guard && usPlace {
		return "US"
	}
	return ""
}
