package extract

import "strings"

// frontedTotalTroops reads a figure a verb of bringing puts before the
// count it sets: "bringing to about 850 the number of Guard soldiers
// working in the region", "raising to 4,000 the total of troops there".
// The number counts the personnel after "the number of"; the state is the
// one of the troop figure the same sentence told first, when it has one.
func (a *analysis) frontedTotalTroops(n number, rule string) (Troops, bool) {
	toks := a.d.toks
	k := n.hedge - 1
	if k < 1 || toks[k].lower != "to" || !countRaisers.hasToken(&toks[k-1]) || n.lim+3 >= len(toks) {
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
		} else {
			country = a.participleSubjectState(k - 1)
		}
		unit := a.d.text[toks[j].start:toks[lim-1].end]
		return a.makeTroops(n, lim, country, unit, rule), true
	}
	return Troops{}, false
}

// frontedCountNouns name the count a fronted figure sets: "the number of".
var frontedCountNouns = closedSet("number", "total", "count")

// participleSubjectState returns the state that opens the sentence as the
// subject of the main clause when the fronting verb at v is a participle
// after a comma, which shares that subject: "The Lebanese army has
// completed its deployment, bringing to 9,000 the number of soldiers it
// keeps there", "Poland has sent two more battalions, raising to 4,000
// the number of troops on the border". A subject that is no state's
// ("The deployment brought to ...") gives "".
func (a *analysis) participleSubjectState(v int) string {
	toks := a.d.toks
	if v < 2 || toks[v-1].text != "," || !strings.HasSuffix(toks[v].lower, "ing") {
		return ""
	}
	s := a.d.sents[toks[v].sent]
	k := a.afterDateline(s.first)
	if k < s.lim && toks[k].lower == "the" {
		k++
	}
	if k >= v || a.inDateline(k) {
		return ""
	}
	c, ok := a.stateAt(k)
	if !ok {
		return ""
	}
	m := a.places[a.placeAt[k]]
	if m.possessive || m.lim >= v || !(m.kind == sAdjective && a.forceNounAt(m.lim) || m.kind != sAdjective && (auxWords.hasToken(&toks[m.lim]) || verbChain.hasToken(&toks[m.lim]))) {
		return ""
	}
	return c
}
