package extract

// A figure of personnel as the subject of a size verb, perhaps with where
// they serve: "the roughly 2,500 American troops still in Iraq will be
// cut to about 2,000", "The 1,200 French soldiers in Mali will be reduced
// to 600". The figure after "to" is the same personnel's new number.

// figureSubjectBefore reports that the subject ending at s, before the
// size verb and its auxiliaries, is a definite or clause-opening figure
// of personnel: [the] N [demonym] personnel [still] [in Place].
func (a *analysis) figureSubjectBefore(s, first int) bool {
	toks := a.d.toks
	if j, placed := a.beforePlaceIn(s, first); placed {
		s = j
	}
	for s > first && (isAdverb(toks[s]) || stayWords.hasToken(&toks[s]) || toks[s].lower == "now") {
		s--
	}
	if s <= first {
		return false
	}
	p := s
	if _, ok := a.strongPersonnelAt(p); !ok {
		return false
	}
	m, ok := a.numberEndingAt(p)
	if !ok {
		// "2,500 American troops": one demonym between
		if m, ok = a.numberEndingAt(p - 1); !ok || a.placeAt[p-1] < 0 {
			return false
		}
	}
	if a.isYear(m) {
		return false
	}
	h := m.hedge
	return h == first || h > first && (toks[h-1].lower == "the" || toks[h-1].lower == "its" || toks[h-1].lower == "their")
}
