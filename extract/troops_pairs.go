package extract

// Figures with no personnel noun after them that a noun earlier in the
// sentence owns: pairs given "respectively". A size reported after a
// deployment told without one is in troops_sizeref.go.

// ruleTroopRespective names these figures.
const ruleTroopRespective = "numbers-respectively" // "battalions ..., 1,100 and 850 strong respectively"

// respectivePair reads n as one of a pair "N and M (strong)
// respectively" whose owner, a personnel, formation or force noun,
// stands before the pair in its sentence: "Kenya and Uganda have
// battalions in the mission, 1,100 and 850 strong respectively", "The
// Indian and Nepali contingents number about 900 and 750 respectively".
// The states are paired by respectiveState.
func (a *analysis) respectivePair(n number, rule string) (Troops, bool) {
	toks := a.d.toks
	s := a.d.sents[toks[n.first].sent]
	first, end := n.hedge, n.lim
	if n.lim+1 < s.lim && toks[n.lim].lower == "and" {
		m, ok := a.d.parseNumber(n.lim + 1)
		if !ok || m.vague || m.first != n.lim+1 && m.hedge != n.lim+1 {
			return Troops{}, false
		}
		end = m.lim
	} else if e, ok := a.listEndAfter(n); ok {
		end = e // "246, 253 and 240 respectively": the first of three or more
	} else if k := n.hedge - 1; k > s.first+1 && toks[k].lower == "and" && toks[k-1].kind == tNum {
		f := k - 1
		for f > s.first && (toks[f-1].kind == tNum || toks[f-1].text == ",") {
			f--
		}
		first = hedgeStart(toks, f)
	} else {
		return Troops{}, false
	}
	e := end
	if e < s.lim && toks[e].lower == "strong" {
		e++
	}
	if e >= s.lim || toks[e].lower != "respectively" {
		return Troops{}, false
	}
	unit := a.pairOwnerBefore(s.first, first)
	if unit == "" {
		unit = a.pairAfterFigure(s.first, first) // "... a contingent numbering 1,100. Kyrgyzstan and Tajikistan provided 300 and 250 respectively."
	}
	if unit == "" || a.isCasualty(first, e+1) {
		return Troops{}, false
	}
	// one state, the subject, keeps both: "Turkey keeps two battalions
	// in Cyprus and one in Qatar, 1,800 and 600 strong respectively";
	// states joined as subjects are paired by respectiveState
	country := ""
	if f := a.firstStateFrom(s.first, first); f < first {
		m := a.places[a.placeAt[f]]
		if c := a.actingState(s.first, first, false); c == m.code && m.lim < first && toks[m.lim].lower != "and" && toks[m.lim].text != "," {
			country = c
		}
	}
	return a.makeTroops(n, n.lim, country, unit, rule), true
}

// pairOwnerBefore returns the last personnel, formation or force noun
// from first to lim ("troops", "battalions", "contingents"), else "".
func (a *analysis) pairOwnerBefore(first, lim int) string {
	toks := a.d.toks
	for k := lim - 1; k >= first; k-- {
		if vals, l := a.lx.personnel.match(toks, k, true); l > 0 && l <= lim && !a.lx.personnelWeak[vals[0]] {
			return a.d.text[toks[k].start:toks[l-1].end]
		}
		if l := a.statesWeakBefore(k, lim); l > k {
			return a.d.text[toks[k].start:toks[l-1].end] // "Armenian and Azerbaijani border guards numbering 240 and 310 respectively"
		}
		if t := toks[k]; t.kind == tWord && len(t.lower) > 3 && t.lower[len(t.lower)-1] == 's' {
			one := t.lower[:len(t.lower)-1] // "battalions", "contingents"
			if formationNouns.has(one) || forceNouns.has(one) || formationNouns.hasToken(&t) {
				return t.text
			}
		}
		if a.eachFormationAt(first, k) {
			return toks[k].text // "Kenya and Uganda each sent a battalion, 650 and 480 strong respectively"
		}
	}
	return ""
}

// statesWeakBefore returns the end of a weak personnel noun at k, before
// lim, that a state's adjective owns past its modifiers ("Azerbaijani
// border guards"); else k.
func (a *analysis) statesWeakBefore(k, lim int) int {
	vals, l := a.lx.personnel.match(a.d.toks, k, true)
	if l == 0 || l > lim || !a.lx.personnelWeak[vals[0]] || !a.statesWeakPersonnelAt(k) {
		return k
	}
	if _, owned := a.personnelOwnerBefore(a.pastTroopMods(k)); !owned {
		return k
	}
	return l
}

// pairAfterFigure returns the noun of the troop figure read last, in the
// sentence of the pair (from first to lim) or the one before it, when a
// verb of deploying stands before the pair: "Russia sent a contingent
// numbering 1,100. Kyrgyzstan and Tajikistan provided 300 and 250
// respectively" are contingents too; else "".
func (a *analysis) pairAfterFigure(first, lim int) string {
	toks := a.d.toks
	f := a.lastFigure
	if f.unit == "" || f.para != int(toks[lim].para) || f.sent != int(toks[lim].sent) && f.sent != int(toks[lim].sent)-1 {
		return ""
	}
	for k := lim - 1; k >= first && k >= lim-3; k-- {
		if deployVerbs.hasToken(&toks[k]) {
			return f.unit
		}
	}
	return ""
}
