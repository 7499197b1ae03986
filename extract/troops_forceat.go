package extract

// atWorkParticiples after a force's officers put them where they serve:
// "1,100 officers working at the MCG".
var atWorkParticiples = wordList("at-work-participle")

// forceHasOfficersAt reports a state's agency (a police force, an army)
// that has the personnel of the figure n, ending at lim, at a place or
// an event: "The Los Angeles Police Department had 350 officers at the
// rally", "Victoria Police will have more than 1,100 officers working at
// and around the MCG". The force puts them there, a deployment; "The
// NYPD has 36,000 officers in the city" is its strength, and "at its
// disposal" no place.
func (a *analysis) forceHasOfficersAt(n number, lim int) bool {
	toks := a.d.toks
	k := n.hedge - 1
	if k < 1 || !haveWords.hasToken(&toks[k]) {
		return false
	}
	s := k - 1
	if w := toks[s].lower; (w == "will" || w == "would") && s > 0 {
		s-- // "will have"
	}
	o := a.orgAt[s]
	if o < 0 || a.orgs[o].lim != s+1 {
		return false
	}
	if org := a.lx.orgs[a.orgs[o].org]; org.Kind != "agency" || org.Country == "" {
		return false
	}
	e := lim
	if e < len(toks) && atWorkParticiples.hasToken(&toks[e]) {
		e++ // "officers working at"
	}
	if e+1 >= len(toks) || toks[e].lower != "at" || toks[e].sent != toks[k].sent {
		return false
	}
	w := toks[e+1].lower
	return !ownerPronouns[w] && w != "his" && w != "her" // not "at its disposal"
}
