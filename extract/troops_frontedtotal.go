package extract

// frontedTotalTroops reads a figure a verb of bringing puts before the
// count it sets: "bringing to about 850 the number of Guard soldiers
// working in the region", "raising to 4,000 the total of troops there".
// The number counts the personnel after "the number of"; the state is the
// one of the troop figure the same sentence told first, when it has one.
func (a *analysis) frontedTotalTroops(n number, rule string) (Troops, bool) {
	toks := a.d.toks
	k := n.hedge - 1
	if k < 1 || toks[k].lower != "to" || !frontingVerbs.hasToken(&toks[k-1]) || n.lim+3 >= len(toks) {
		return Troops{}, false
	}
	if toks[n.lim].lower != "the" || !frontedCountNouns.hasToken(&toks[n.lim+1]) || toks[n.lim+2].lower != "of" {
		return Troops{}, false
	}
	s := toks[n.first].sent
	for j := n.lim + 3; j < len(toks) && j <= n.lim+6 && toks[j].sent == s; j++ {
		vals, lim := a.lx.personnel.match(toks, j, true)
		if lim <= j {
			if toks[j].kind != tWord {
				break
			}
			continue // "the number of Guard soldiers": modifiers before the noun
		}
		if a.lx.personnelWeak[vals[0]] {
			return Troops{}, false // "the number of officers": weak alone
		}
		if a.isCasualty(n.hedge, lim) {
			return Troops{}, false // "bringing to 16 the number of troops killed"
		}
		country := ""
		if a.lastFigure.sent == int(s) {
			country = a.lastFigure.country
		}
		unit := a.d.text[toks[j].start:toks[lim-1].end]
		return a.makeTroops(n, lim, country, unit, rule), true
	}
	return Troops{}, false
}

// frontingVerbs bring a count to a figure told before the count: "bringing
// to 850 the number of".
var frontingVerbs = closedSet("bringing", "brings", "brought", "bring", "raising", "raises", "raised", "taking", "takes", "took", "pushing", "lifting")

// frontedCountNouns name the count a fronted figure sets: "the number of".
var frontedCountNouns = closedSet("number", "total", "count")
