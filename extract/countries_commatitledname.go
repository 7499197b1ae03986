package extract

// townOpensCommaTitledName reports a town's one-word name that opens a
// person's name of three or more words set off by a comma after a
// capitalised title: "Kenya's Cabinet Secretary for Defence, Aden Barre
// Duale-Hassan, said" names a man, not the Yemeni port. The run must hold
// two more capitalised words that are no place, role nor body word, and
// end before a comma or a lower-case word, as a person's name does.
func (a *analysis) townOpensCommaTitledName(m *placeMention) bool {
	toks := a.d.toks
	f := m.first
	if m.lim != f+1 || f < 2 || toks[f-1].text != "," || !toks[f].spaceBefore || toks[f-1].para != toks[f].para {
		return false
	}
	if !a.titleRunEndsAt(f - 2) {
		return false
	}
	words := 0
	j := m.lim
	for ; j < len(toks) && toks[j].para == toks[f].para; j++ {
		t := &toks[j]
		if t.text == "-" && !t.spaceBefore {
			continue // "Duale-Hassan"
		}
		if t.kind != tWord || !t.cap || a.placeAt[j] >= 0 || a.lx.roleOf(t.lower) != 0 || a.lx.bodyWords[t.lower].kind != "" ||
			commonStarters.hasToken(t) || geoFeatures.has(t.text) || placeHeads.hasToken(t) {
			break
		}
		words++
	}
	return words >= 2 && j < len(toks) && (toks[j].text == "," || toks[j].kind == tWord && !toks[j].cap)
}

// titleRunEndsAt reports a run of capitalised words (with "for", "of")
// ending at k that holds a role word: "Cabinet Secretary for Defence".
func (a *analysis) titleRunEndsAt(k int) bool {
	toks := a.d.toks
	for j := k; j >= 0 && j > k-6 && toks[j].para == toks[k].para; j-- {
		t := &toks[j]
		if t.lower == "for" || t.lower == "of" {
			continue
		}
		if t.kind != tWord || !t.cap {
			return false
		}
		if a.lx.roleOf(t.lower) != 0 {
			return true
		}
	}
	return false
}
