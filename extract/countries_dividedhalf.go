package extract

import "sort"

// "Ri Thae-bom, a vice minister of the North's Ministry of National
// Defence,": in a story that names both Koreas, "the North" and "the
// South" name the two states as their names would (divided_halves.tsv;
// fx50, r35a). "the North Atlantic", "the South China Sea" open longer
// names and name none.

// tagDividedHalves adds to the places each half of a divided nation
// written bare after "the" in a story that names both its states.
func (a *analysis) tagDividedHalves() {
	if len(a.lx.halves) == 0 || len(a.places) < 2 {
		return
	}
	toks := a.d.toks
	added := false
	for k := 1; k < len(toks); k++ {
		// the cheap tests first: the map is asked only after "the"
		if a.placeAt[k] >= 0 || toks[k-1].lower != "the" || k+1 < len(toks) && toks[k+1].cap && toks[k+1].kind == tWord {
			continue
		}
		h, ok := a.lx.halves[toks[k].text]
		if !ok {
			continue
		}
		if !a.statedAsState(h[0]) || !a.statedAsState(h[1]) {
			continue
		}
		m := placeMention{first: k, lim: k + 1, code: h[0], kind: sName, state: true}
		m.possessive = k+1 < len(toks) && (toks[k+1].lower == "'s" || pluralPossessiveAfter(toks, k+1))
		a.places = append(a.places, m)
		added = true
	}
	if !added {
		return
	}
	sort.SliceStable(a.places, func(i, j int) bool { return a.places[i].first < a.places[j].first })
	for i := range a.placeAt {
		a.placeAt[i] = -1
	}
	for pi, m := range a.places {
		for k := m.first; k < m.lim; k++ {
			a.placeAt[k] = int32(pi)
		}
	}
}

// statedAsState reports a mention of state c itself among the places.
func (a *analysis) statedAsState(c string) bool {
	for _, m := range a.places {
		if m.state && m.code == c {
			return true
		}
	}
	return false
}
