package extract

// runOpeners open a prose run of contingents after its header: "are",
// "include".
var runOpeners = wordList("run-opener")

// proseListTroops reads an item of a run of contingents told in prose,
// "State N" items joined by commas and "and" after a colon or a verb of
// being whose clause names personnel or what such a list counts: "Its
// contributors are Uganda 4,500, Ethiopia 2,500 and Kenya 1,410", "the
// force's strength is as follows: Chad 1,000, Niger 800". The run holds
// two items at least; the item's state sends the personnel. "The results
// were Ghana 3, India 2" names no personnel.
func (a *analysis) proseListTroops(n number, rule string) (Troops, bool) {
	toks := a.d.toks
	sent := int(toks[n.first].sent)
	m, ok := a.runItemState(n.hedge)
	if !ok || a.isYear(n) || !a.runItemEnds(n.lim, sent) {
		return Troops{}, false
	}
	items := 0
	if _, ok := a.runItemAfter(n.lim, sent); ok {
		items++
	}
	sentFirst := a.d.sents[sent].first
	for k := m.first - 1; k > sentFirst; k-- {
		switch {
		case toks[k].text == ":" || runOpeners.hasToken(&toks[k]):
			if items == 0 || !a.troopHeaderIn(sentFirst, k) {
				return Troops{}, false
			}
			return a.makeTroops(n, n.lim, m.code, "troops", rule), true
		case toks[k].text == "," || toks[k].lower == "and":
		case toks[k].kind == tNum:
			items++
		default:
			p, ok := a.runItemState(k + 1)
			if !ok || toks[k+1].kind != tNum {
				return Troops{}, false
			}
			k = p.first
		}
	}
	return Troops{}, false
}

// runItemState returns the state named right before the number whose
// hedge starts at h, by its name: no adjective, no possessive.
func (a *analysis) runItemState(h int) (placeMention, bool) {
	k := h - 1
	if k < 1 || a.placeAt[k] < 0 {
		return placeMention{}, false
	}
	m := a.places[a.placeAt[k]]
	if !m.state || m.lim != h || m.kind == sAdjective || m.possessive || m.first < 1 {
		return placeMention{}, false
	}
	return m, true
}

// runItemEnds reports the end of an item of a prose run at e: a comma,
// "and", a full stop, a semicolon or the end of the sentence sent.
func (a *analysis) runItemEnds(e, sent int) bool {
	toks := a.d.toks
	if e >= len(toks) || int(toks[e].sent) != sent {
		return true
	}
	switch toks[e].lower {
	case ",", "and", ".", ";":
		return true
	}
	return false
}

// runItemAfter reports a further "State N" item after the joiner at e,
// past a serial comma: ", Ethiopia 2,500", "and Djibouti 1,520".
func (a *analysis) runItemAfter(e, sent int) (int, bool) {
	toks := a.d.toks
	if e >= len(toks) || toks[e].lower != "," && toks[e].lower != "and" {
		return 0, false
	}
	k := e + 1
	if toks[e].lower == "," && k < len(toks) && toks[k].lower == "and" {
		k++
	}
	if k >= len(toks) || a.placeAt[k] < 0 || int(toks[k].sent) != sent {
		return 0, false
	}
	p := a.places[a.placeAt[k]]
	if p.first != k || p.lim >= len(toks) || toks[p.lim].kind != tNum {
		return 0, false
	}
	_, ok := a.runItemState(p.lim)
	return p.lim, ok
}
