package extract

// A state's one-word name after a title or rank is the surname of a
// person the story names in full elsewhere: "a Carabinieri brigadier,
// Salvatore Monaco, ... was killed" and later "Brigadier Monaco will be
// in Bari" name the officer, not the principality.

// titledSurnameOfNamed reports a one-word state's name right after a
// capitalised title or rank that some other mention of the same word in
// the story ends a person's name (endsPersonName).
func (a *analysis) titledSurnameOfNamed(m *placeMention) bool {
	toks := a.d.toks
	if m.lim != m.first+1 || m.first == 0 || m.possessive {
		return false
	}
	p := &toks[m.first-1]
	if p.kind != tWord || !p.cap || p.para != toks[m.first].para || a.placeAt[m.first-1] >= 0 || a.lx.roleOfToken(p) == 0 {
		return false
	}
	for pi := range a.places {
		o := &a.places[pi]
		if o.first != m.first && o.lim == o.first+1 && toks[o.first].text == toks[m.first].text && a.endsPersonName(o) {
			return true
		}
	}
	return false
}
