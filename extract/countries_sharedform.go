package extract

// pickSharedForms decides a form that several states' rows list
// ("Dominican": Dominica, the Dominican Republic) by the text: the state
// it names by a form of its own (its name, capital or a place in it) when
// the first row's state has none; with no clue the first row's state
// stands (countries.tsv lists the one news means most often first).
func (a *analysis) pickSharedForms() {
	for i := range a.places {
		m := &a.places[i]
		if len(m.shared) == 0 || a.namedByOwnForm(m.code) {
			continue
		}
		for _, c := range m.shared {
			if a.namedByOwnForm(c) {
				m.shared = append(m.shared, m.code)
				m.code = c
				break
			}
		}
	}
}

// namedByOwnForm reports a mention of state c by a form no other state's
// row shares: "Roseau" or "Dominica" for DM, "Santo Domingo" for DO.
func (a *analysis) namedByOwnForm(c string) bool {
	for i := range a.places {
		if o := &a.places[i]; o.code == c && len(o.shared) == 0 {
			return true
		}
	}
	return false
}
