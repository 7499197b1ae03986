package extract

// gappedBodyTroops reads a bare number after an armed body that repeats
// the verb of a troop figure before it in the sentence: "The army would
// send 3,000, the navy's river units 1,200 and the air force 800". The
// body follows "the" after a comma or "and", within four words of the
// number, and the number ends its clause; the figure keeps the state and
// the personnel of the figure before.
func (a *analysis) gappedBodyTroops(n number, rule string) (Troops, bool) {
	toks := a.d.toks
	sent := int(toks[n.first].sent)
	if n.value < 2 || a.isYear(n) || n.hedge < 3 || a.lastFigure.sent != sent || a.lastFigure.count == 0 {
		return Troops{}, false
	}
	if e := n.lim; e < len(toks) && toks[e].sent == toks[n.first].sent && toks[e].kind != tPunct && toks[e].lower != "and" {
		return Troops{}, false // "the navy 1,200 boats"
	}
	body := false
	j := n.hedge - 1
	for ; j > n.hedge-6 && j > 1 && (toks[j].kind == tWord || toks[j].lower == "'s"); j-- {
		if toks[j].lower == "the" {
			break
		}
		body = body || forceBodies.hasToken(&toks[j])
	}
	if !body || toks[j].lower != "the" || toks[j-1].lower != "and" && toks[j-1].text != "," {
		return Troops{}, false
	}
	u := a.lastFigure.unit
	if u == "" {
		u = a.d.text[toks[j+1].start:toks[n.hedge-1].end]
	}
	return a.makeTroops(n, n.lim, a.lastFigure.country, u, rule), true
}
