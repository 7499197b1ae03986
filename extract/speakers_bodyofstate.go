package extract

// bodyOfStateAt reads a body named by its noun and the state it belongs
// to after "of", opening a sentence at f: "The foreign ministry of the
// United Arab Emirates said in a statement ...", "The defence ministry of
// Estonia announced ...", "The embassy of Ukraine in Warsaw said". It
// returns the body's name without the article, the speaker a later "it
// said" stands for, as "Georgia's foreign ministry" is.
func (a *analysis) bodyOfStateAt(f int) (string, bool) {
	toks := a.d.toks
	if f+3 >= len(toks) || toks[f].lower != "the" {
		return "", false
	}
	k := f + 1
	for n := 0; n < 2 && k < len(toks) && toks[k].kind == tWord && !toks[k].cap && !a.quoteClass(k, qcBodyNoun); n++ {
		k++ // "foreign", "state security"
	}
	if k+2 >= len(toks) || toks[k].cap || !a.quoteClass(k, qcBodyNoun) || toks[k+1].lower != "of" {
		return "", false
	}
	j := k + 2
	if toks[j].lower == "the" {
		j++
	}
	if j >= len(toks) || a.placeAt[j] < 0 || a.places[a.placeAt[j]].first != j {
		return "", false
	}
	m := a.places[a.placeAt[j]]
	if !m.state || m.kind == sAdjective || m.possessive {
		return "", false
	}
	return a.d.text[toks[f+1].start:toks[m.lim-1].end], true
}
