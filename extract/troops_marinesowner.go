package extract

// subjectForceState returns the state whose armed body opens the clause
// of the figure n as its subject: "The Philippine Navy deployed 300
// Marines", "The Armed Forces of the Philippines has kept ... Marines".
// Capitalised "Marines" are then that state's, not the US Marine Corps
// (usMarinesAt); "" when the subject is no state's armed body.
func (a *analysis) subjectForceState(n number) string {
	toks := a.d.toks
	k := a.figureClauseStart(n.first)
	if k < n.first && toks[k].lower == "the" {
		k++
	}
	if c := a.namedForceState(k); c != "" {
		return c // "The Philippine Navy"
	}
	for h := k; h < n.first && h < k+3; h++ {
		if !a.armedBodyNounAt(h) || h+1 >= n.first || toks[h+1].lower != "of" {
			continue
		}
		s := h + 2
		if s+1 < n.first && toks[s].lower == "the" && a.placeAt[s] < 0 {
			s++ // "of the Philippines", the article outside the place
		}
		if s < n.first && a.placeAt[s] >= 0 {
			if m := a.places[a.placeAt[s]]; m.state && m.kind != sAdjective {
				return m.code // "The Armed Forces of the Philippines"
			}
		}
	}
	return ""
}
