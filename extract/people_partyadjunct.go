package extract

// partyAdjunctEnd returns the token after "of [the] PARTY [party]" at k
// that follows a name and ends in a comma or a full stop: "A member of
// the House of Representatives from West Sulawesi, NAME of the Golkar
// party, said", where the party sets the name off as the comma after it
// would. The party must be a known one or a capitalised run before
// "party". Else k.
func (a *analysis) partyAdjunctEnd(k int) int {
	toks := a.d.toks
	if k+2 >= len(toks) || toks[k].lower != "of" {
		return k
	}
	j := k + 1
	if toks[j].lower == "the" {
		j++
	}
	e := j
	if o, ok := a.orgAtTok(j); ok && o.first == j && a.lx.orgs[o.org].Kind == "party" {
		e = o.lim
	} else {
		for e < len(toks) && toks[e].kind == tWord && toks[e].cap && a.personAt[e] < 0 && a.placeAt[e] < 0 {
			e++
		}
		if e == j || e >= len(toks) || toks[e].lower != "party" {
			return k
		}
	}
	if e < len(toks) && toks[e].lower == "party" {
		e++
	}
	if e >= len(toks) || toks[e].text != "," && toks[e].text != "." || toks[e].para != toks[k].para {
		return k
	}
	return e
}
