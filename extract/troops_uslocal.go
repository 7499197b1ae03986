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
		if w == "sheriff" && toks[k].cap && k < n.first || k < n.first && a.sheriffsOfficeAt(k) {
			return "US" // "the County Sheriff's Office sent", "Sheriff Jane Doe said 25 of his deputies", "the sheriff's office said"
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

// sheriffsOffices name what a sheriff heads in the US, after "sheriff's"
// (words_troops.tsv sheriff-office): his office, department or deputies;
// a Scottish sheriff, a judge, has none of them.
var sheriffsOffices = wordList("sheriff-office")

// sheriffsOfficeAt reports "sheriff's office", "sheriff's department" or
// "sheriff's deputies" at k, in lower case too: "The sheriff's office
// said 75 deputies ... would work the parade".
func (a *analysis) sheriffsOfficeAt(k int) bool {
	toks := a.d.toks
	switch {
	case toks[k].lower == "sheriff's" || toks[k].lower == "sheriffs'":
		k++
	case toks[k].lower == "sheriff" && k+1 < len(toks) && toks[k+1].lower == "'s":
		k += 2
	default:
		return false
	}
	return k < len(toks) && sheriffsOffices.hasToken(&toks[k])
}
