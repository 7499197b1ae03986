package extract

// stateOpensCommaHolderName reports a state's one-word name that opens a
// two-word name set off by a comma after a role word, upper or lower case:
// "Israel's defence minister, Israel Katz, said" names a man, not the
// state, when the office-holders gazetteer knows the full name or the
// text writes the surname alone elsewhere. A state's name before a
// capitalised word is often a body's ("the minister, Israel Defense
// Forces"), so the second word must be no place, role nor body word and
// close the name before a comma or a lower-case word.
func (a *analysis) stateOpensCommaHolderName(m *placeMention) bool {
	toks := a.d.toks
	f := m.first
	if m.lim != f+1 || f < 2 || f+2 >= len(toks) || toks[f-1].text != "," || !toks[f].spaceBefore || toks[f-1].para != toks[f].para {
		return false
	}
	if toks[f-2].kind != tWord || a.lx.roleOf(toks[f-2].lower) == 0 {
		return false
	}
	s := &toks[f+1]
	if s.kind != tWord || !s.cap || !s.spaceBefore || s.para != toks[f].para || a.placeAt[f+1] >= 0 || a.lx.roleOf(s.lower) != 0 ||
		a.lx.bodyWords[s.lower].kind != "" || commonStarters.hasToken(s) || geoFeatures.has(s.text) {
		return false
	}
	if n := &toks[f+2]; n.text != "," && !(n.kind == tWord && !n.cap) {
		return false
	}
	if _, ok := a.lx.holderTables().full[holderKey(a.d.text[toks[f].start:s.end])]; ok {
		return true
	}
	return a.surnameAlone(f+1, s.text)
}

// surnameAlone reports the word w written elsewhere than at k as a
// capitalised word that no capitalised word precedes: the surname a story
// uses alone once it has named the person ("Katz said").
func (a *analysis) surnameAlone(k int, w string) bool {
	toks := a.d.toks
	for j := range toks {
		if j != k && toks[j].text == w && (j == 0 || !toks[j-1].cap || toks[j-1].kind != tWord) {
			return true
		}
	}
	return false
}
