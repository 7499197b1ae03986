package extract

// themGlossTroops reads "N of them" set off after a dash or a comma as the
// size of the personnel that a verb of deploying earlier in the sentence
// moves: "Armenia would deploy its own border guards to the crossing — 120
// of them, replacing ...", "Baku has pulled its special forces back from
// the line, some 700 of them". The gloss closes right after "them"; no
// other figure stands between; "of them were killed" is a toll, left to
// the rules of deaths.
func (a *analysis) themGlossTroops(n number, rule string) (Troops, bool) {
	toks := a.d.toks
	e := n.lim
	if n.value < 2 || e+2 >= len(toks) || toks[e].lower != "of" || toks[e+1].lower != "them" || n.hedge < 1 || a.isYear(n) {
		return Troops{}, false
	}
	if w := toks[n.hedge-1].text; w != "—" && w != "–" && w != "," {
		return Troops{}, false
	}
	if toks[e+2].kind != tPunct || toks[e+2].sent != toks[n.first].sent && toks[e+2].text != "." {
		return Troops{}, false // the gloss closes: "— 120 of them, replacing"
	}
	first := a.d.sents[toks[n.first].sent].first
	for k := n.hedge - 2; k >= first; k-- {
		if toks[k].kind == tNum && !a.yearTokenAt(k) {
			return Troops{}, false // another figure between
		}
		vals, lim := a.lx.personnel.match(toks, k, true)
		if lim == 0 || a.isCasualty(k, lim) {
			continue // a weak noun ("guards") is licensed by the verb
		}
		if !a.deployVerbBefore(k, first) {
			return Troops{}, false
		}
		country := a.troopCountry(k, lim, false)
		if country == "" && a.lx.personnelWeak[vals[0]] {
			return Troops{}, false // "The company would send its engineers to the site, 120 of them"
		}
		return a.makeTroops(n, e+2, country, a.d.text[toks[k].start:toks[lim-1].end], rule), true
	}
	return Troops{}, false
}

// deployVerbBefore reports a verb of deploying within five words before
// the personnel noun at k, and not before first: "would deploy its own
// border guards", "has pulled its special forces".
func (a *analysis) deployVerbBefore(k, first int) bool {
	toks := a.d.toks
	for j := k - 1; j >= first && j >= k-5; j-- {
		if deployVerbs.hasToken(&toks[j]) || menVerbs.hasToken(&toks[j]) {
			return true
		}
	}
	return false
}
