package extract

// servedOfficeAfter returns the office a relative clause after an
// apposition's title at e names, when a body that is no state's holds it:
// "NAME, a veteran Ghanaian diplomat who serves as the bloc's special
// envoy," holds the bloc's office, and the adjective says only where the
// diplomat comes from. Else w as it is.
func (a *analysis) servedOfficeAfter(w titleWalk, e int) titleWalk {
	if w.country == "" {
		return w
	}
	if w2, ok := a.servedOfficeAt(e); ok {
		return w2
	}
	return w
}

// servedOfficeAt reads the office of a body that is no state's in a
// relative clause at e ("who serves as the bloc's special envoy", "who
// became UN High Commissioner for Refugees this year"): a newer office than
// a former one before it ("the former Iraqi president who became ...").
func (a *analysis) servedOfficeAt(e int) (titleWalk, bool) {
	toks := a.d.toks
	if e+3 >= len(toks) || toks[e].lower != "who" {
		return titleWalk{}, false
	}
	j := e + 2
	switch toks[e+1].lower {
	case "is", "was", "became", "becomes":
	case "serves", "served", "works", "worked", "acts":
		if toks[j].lower != "as" {
			return titleWalk{}, false
		}
		j++
	default:
		return titleWalk{}, false
	}
	if w2, ok := a.secretariatServedTitle(j); ok {
		return w2, true // "who serves as the secretary-general's special envoy": the UN's
	}
	if w2, _, ok := a.titleAfter(j); ok && w2.country == "" && (w2.org != "" || w2.nonState || a.bodyOwnerNoun(w2.ownerAt)) {
		return w2, true
	}
	return titleWalk{}, false
}

// bodyOwnerNoun reports a lower-case noun of a body that is no state's at
// k, the owner of a title: "the force's special representative", "the
// mission's head".
func (a *analysis) bodyOwnerNoun(k int) bool {
	if k < 0 || k >= len(a.d.toks) || a.d.toks[k].cap {
		return false
	}
	return a.nonStateNoun(k) || forceOwnerNouns.hasToken(&a.d.toks[k])
}

// describedWhoAt returns the token of "who" after a description of where
// a person comes from that opens at j and holds no title: "the South
// African who", "a Kenyan who"; else -1.
func (a *analysis) describedWhoAt(j int) int {
	toks := a.d.toks
	if j+2 >= len(toks) || !articles.hasToken(&toks[j]) {
		return -1
	}
	k := j + 1
	p := a.placeAt[k]
	if p < 0 || a.places[p].first != k {
		return -1
	}
	k = a.places[p].lim
	if k < len(toks) && toks[k].lower == "who" {
		return k
	}
	return -1
}
