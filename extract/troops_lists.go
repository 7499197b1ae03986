package extract

// ruleTroopInlineList names an item of a list of contingents written in
// one sentence after a colon.
const ruleTroopInlineList = "contingent-list"

// inlineListTroops reads an item of a list of contingents run on in one
// sentence after a colon: "Contributions: Ghana, 870; India, 590",
// "Offers: Kenya, 1,000; Chad, 500", "Strength in June: Nepal 870 | Italy
// 1,050". Each item is a state's name, an optional comma and a number,
// ended by ";", "|" or the sentence's end; the items run back to the
// colon, and the words before the colon name personnel or what such a
// list counts (troopTableHeader's words, or contributions, pledges,
// offers), and no dead or hurt. The item's state sends the personnel.
func (a *analysis) inlineListTroops(n number, rule string) (Troops, bool) {
	toks := a.d.toks
	if !a.listItemEnds(n.lim, int(toks[n.first].sent)) || a.isYear(n) {
		return Troops{}, false
	}
	code, first, ok := a.listItemState(n.hedge)
	if !ok {
		return Troops{}, false
	}
	sentFirst := a.d.sents[toks[n.first].sent].first
	for k := first - 1; k > sentFirst; k-- {
		switch {
		case toks[k].text == ":":
			if !a.troopHeaderIn(sentFirst, k) {
				return Troops{}, false
			}
			return a.makeTroops(n, n.lim, code, "troops", rule), true
		case toks[k].text == ";" || toks[k].text == "|" || toks[k].text == "," || toks[k].lower == "and" || toks[k].kind == tNum:
		default:
			if _, ok := a.stateAt(k); !ok || a.places[a.placeAt[k]].kind == sAdjective || a.places[a.placeAt[k]].possessive {
				return Troops{}, false
			}
		}
	}
	return Troops{}, false
}

// listItemEnds reports the end of an item of a run-on list at e: ";",
// "|", a full stop or the end of the sentence sent.
func (a *analysis) listItemEnds(e, sent int) bool {
	toks := a.d.toks
	if e >= len(toks) || int(toks[e].sent) != sent {
		return true
	}
	switch toks[e].text {
	case ";", "|", ".":
		return true
	}
	return false
}

// listItemState returns the state named just before the number whose
// hedge starts at h, past an optional comma, with the first token of its
// name, when a list's separator (":", ";", "|") comes before the name.
func (a *analysis) listItemState(h int) (string, int, bool) {
	toks := a.d.toks
	k := h - 1
	if k >= 0 && toks[k].text == "," {
		k--
	}
	if k < 1 || a.placeAt[k] < 0 {
		return "", 0, false
	}
	m := a.places[a.placeAt[k]]
	if !m.state || m.lim != k+1 || m.kind == sAdjective || m.possessive || m.first < 1 {
		return "", 0, false
	}
	switch toks[m.first-1].text {
	case ":", ";", "|":
		return m.code, m.first, true
	}
	return "", 0, false
}

// troopHeaderIn reports words from first to lim that name personnel or
// what a list of contingents counts, and no dead or hurt.
func (a *analysis) troopHeaderIn(first, lim int) bool {
	toks := a.d.toks
	troop := false
	for k := first; k < lim; k++ {
		if kinds, _ := a.deathKindsAt(k); kinds != 0 && !a.publishedAt(k, kinds) {
			return false
		}
		_, strong := a.strongPersonnelAt(k)
		troop = troop || strong || tableHeads()[toks[k].lower]
	}
	return troop
}
