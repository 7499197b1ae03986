package extract

// moreAccountedTroops reads "N more" (or a range of them) after
// "accounted for" as personnel beyond a troop figure told in the sentence
// before, in its paragraph: "the United Nations had 58,200 uniformed
// personnel deployed. Non-UN operations accounted for between 40,000 and
// 45,000 more" (verbs that give personnel are other rules'). The state is
// the one state named before the verb in the sentence, else none: the
// subject is another than the figure's before. A noun after "more" counts
// something else ("40 more sorties").
func (a *analysis) moreAccountedTroops(n number, rule string) (Troops, bool) {
	toks := a.d.toks
	e, k := n.lim, n.hedge-1
	if k < 2 || e+1 >= len(toks) || toks[e].lower != "more" || n.value < 2 || a.isYear(n) {
		return Troops{}, false
	}
	if x := e + 1; toks[x].sent == toks[n.first].sent && toks[x].kind == tWord && !prepositions.hasToken(&toks[x]) {
		return Troops{}, false
	}
	if toks[k].lower != "for" || toks[k-1].lower != "accounted" {
		return Troops{}, false // "will supply 300 more": verbNumberOfTroops's
	}
	cur := int(toks[n.first].sent)
	last := a.lastFigure
	if last.unit == "" || last.para != int(toks[n.first].para) || last.sent != cur-1 || a.isCasualty(n.hedge, e+1) {
		return Troops{}, false
	}
	s := a.d.sents[cur]
	country, states := "", 0
	for j := s.first; j < k; j++ {
		if c, ok := a.stateAt(j); ok && c != "" && a.places[a.placeAt[j]].kind != sAdjective && a.places[a.placeAt[j]].first == j {
			country, states = c, states+1
		}
	}
	if states > 1 {
		country = "" // "Romania, Slovakia and Bulgaria together will supply around 300 more": no one state's
	}
	return a.makeTroops(n, e+1, country, last.unit, rule), true
}
