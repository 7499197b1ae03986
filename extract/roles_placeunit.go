package extract

// placeUnitAfterName returns the token after a lower-case unit noun of a
// place (words_deaths.tsv place-unit) at k that follows a capitalised name,
// else k: in "the president's envoy to Batken region," the unit noun ends
// the complement's place as "Batken Region" would, so the apposition ends
// after it.
func (a *analysis) placeUnitAfterName(k int) int {
	toks := a.d.toks
	if k <= 0 || k >= len(toks) || toks[k].cap || toks[k].kind != tWord || !placeUnits.hasToken(&toks[k]) {
		return k
	}
	if p := toks[k-1]; p.kind != tWord || !p.cap || p.para != toks[k].para {
		return k
	}
	// the place's name follows the preposition with no article: "to
	// Batken region"; after "the" the unit may be a body's ("the VOA
	// Eurasian division"). A body's name is no place's either.
	j := k - 1
	for j >= 0 && j > k-3 && toks[j].kind == tWord && toks[j].cap {
		if a.orgAt[j] >= 0 {
			return k
		}
		j--
	}
	if j < 0 || !complementPreps.hasToken(&toks[j]) {
		return k
	}
	return k + 1
}

// placeAppositionStops are prepositions that, like "of" and "in", end the
// head noun of an apposition that placeApposition reads: in "the
// president's envoy to Batken region" the head is "envoy", not "region"
// (words_people.tsv apposition-head-stop).
var placeAppositionStops = wordList("apposition-head-stop")
