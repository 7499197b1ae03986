package extract

// sharedReading picks, among the gazetteer's bodies that one written form
// at i..lim names (vals, in the order of organizations.tsv), the one the
// story means: the one whose state the story names when only one is
// named; else, when personnel follow the form in its sentence ("The PNP
// sent 2,200 officers"), a state's agency, since a party sends no
// officers, unless a candidate is an armed group, which has personnel too;
// else the first. "PNP" is Jamaica's People's National Party and the
// Philippine National Police; "SDF" the Syrian Democratic Forces and
// Japan's Self-Defense Forces.
func (a *analysis) sharedReading(i, lim int, vals []int) int {
	if len(vals) < 2 {
		return vals[0]
	}
	named, pick := 0, vals[0]
	for _, v := range vals {
		if c := a.lx.orgs[v].Country; c != "" && a.placeOfStateNamed(c) {
			named, pick = named+1, v
		}
	}
	if named == 1 && (!a.anyArmed(vals) || a.mostNamedState() == a.lx.orgs[pick].Country) {
		return pick // beside a militia, the state must lead the story: a Syrian story naming Japan once keeps the SDF Syrian
	}
	if named == 0 && !a.anyArmed(vals) && a.personnelAfter(lim) {
		for _, v := range vals {
			if a.lx.orgs[v].Kind == "agency" {
				return v
			}
		}
	}
	return vals[0]
}

// placeOfStateNamed reports a state, its adjective or a place of it named
// anywhere in the story.
func (a *analysis) placeOfStateNamed(c string) bool {
	for pi := range a.places {
		if a.places[pi].code == c {
			return true
		}
	}
	return false
}

// personnelAfter reports a personnel noun within the sentence after lim,
// at most eight tokens on: "sent 2,200 officers", "deployed more than 800
// police".
func (a *analysis) personnelAfter(lim int) bool {
	toks := a.d.toks
	for k := lim; k < len(toks) && k < lim+8 && toks[k].sent == toks[lim-1].sent; k++ {
		if _, e := a.lx.personnel.match(toks, k, true); e > 0 {
			return true
		}
	}
	return false
}

// anyArmed reports an armed group among the candidate bodies: "SDF
// fighters" fits the militia as well as the state's forces.
func (a *analysis) anyArmed(vals []int) bool {
	for _, v := range vals {
		if a.lx.orgs[v].Kind == "armed" {
			return true
		}
	}
	return false
}
