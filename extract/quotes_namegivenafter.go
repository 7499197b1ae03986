package extract

// nameGivenAfterNoun returns the mention of the one name a source gives
// in a relative or participle clause after the noun that follows an
// inverted speech verb: `"…," said a farmer who gave only his first name,
// Tomas.`, `said a nurse identified only as Leila`, `said a driver who
// asked to be identified by his first name, Sami`. The clause runs from
// npLim to the name, which closes the sentence or the clause; -1 when
// there is none.
func (a *analysis) nameGivenAfterNoun(npFirst, npLim int) int {
	toks := a.d.toks
	if npLim >= len(toks) || npLim <= npFirst || toks[npFirst].cap || a.personAt[npFirst] >= 0 {
		return -1
	}
	if toks[npLim].text == "," && npLim+1 < len(toks) && toks[npLim+1].lower == "who" {
		npLim++ // "said one nurse, who asked to be identified by …"
	}
	if w := toks[npLim].lower; w != "who" && !nameOnly.hasToken(&toks[npLim]) {
		return -1
	}
	for n := npLim + 1; n < len(toks) && n < npLim+14; n++ {
		t := toks[n]
		if t.kind == tQuote || t.text == "." || t.text == ";" || t.para != toks[npLim].para {
			return -1
		}
		mi := a.personAt[n]
		if mi < 0 {
			continue
		}
		m := a.mentions[mi]
		if int(m.first) != n || !a.namedOnlyAs(n) && !a.firstNameGiven(n) && !a.usesTheName(n, int(m.lim)) {
			return -1
		}
		if l := int(m.lim); l < len(toks) && toks[l].text != "." && toks[l].text != "," {
			return -1
		}
		return int(mi)
	}
	return -1
}
