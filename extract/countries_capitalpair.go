package extract

// capitalPairActs reports a capital listed with another state's capital
// outside a phrase of place: "a pact that alarmed Canberra and
// Washington", "ties with Moscow, Beijing and the West" stand for the
// governments; "flights between Paris and London", "offices in London
// and Paris" are cities; so are "the Paris and Lisbon exchanges".
func (a *analysis) capitalPairActs(m *placeMention) bool {
	if m.kind != sCapital || !a.capitalBeside(m, -1) && !a.capitalBeside(m, 1) {
		return false
	}
	toks := a.d.toks
	k := m.first - 1
	for k >= 0 && toks[k].para == toks[m.first].para {
		if w := toks[k].lower; w == "and" || w == "or" || w == "," {
			k--
			continue
		}
		if pi := a.placeAt[k]; pi >= 0 {
			if a.places[pi].kind != sCapital {
				return false // "Helsinki, Oslo, Munich, Paris": a list of cities
			}
			k = a.places[pi].first - 1
			continue
		}
		break
	}
	if k >= 0 && toks[k].para == toks[m.first].para && capitalPlacePreps.hasToken(&toks[k]) {
		return false
	}
	for e := m.lim; e < len(toks) && toks[e].sent == toks[m.first].sent; e++ {
		if pi := a.placeAt[e]; pi >= 0 && a.places[pi].kind != sCapital {
			return false // "the Amsterdam, Brussels, Lisbon and Paris exchanges"
		} else if pi < 0 && toks[e].lower != "and" && toks[e].lower != "or" && toks[e].text != "," {
			return (toks[e].kind != tWord || !toks[e].cap) && !placeCopulas.hasToken(&toks[e]) // not "the Boston, London and Tokyo Marathons", "Bamako and Niamey are hot"
		}
	}
	return true
}

// capitalBeside reports another state's capital joined to m by "and",
// "or" or a comma, before it (dir -1) or after it (dir 1).
func (a *analysis) capitalBeside(m *placeMention, dir int) bool {
	toks := a.d.toks
	k, seps := m.first-1, 0
	if dir > 0 {
		k = m.lim
	}
	for k >= 0 && k < len(toks) && toks[k].sent == toks[m.first].sent {
		if w := toks[k].lower; w != "and" && w != "or" && w != "," {
			break
		}
		seps++
		k += dir
	}
	if seps == 0 || k < 0 || k >= len(toks) || a.placeAt[k] < 0 {
		return false
	}
	o := a.places[a.placeAt[k]]
	return o.kind == sCapital && o.code != m.code
}

// capitalPlacePreps open a phrase of place or of motion, where capitals are
// cities: "in London and Paris", "flights between Paris and London".
var capitalPlacePreps = closedSet("in", "at", "between", "from", "to", "near", "via", "across", "around", "outside", "inside", "of", "into", "through", "toward", "towards", "and", "or", "the")
