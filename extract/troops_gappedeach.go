package extract

// gappedEachSenders returns the states joined by "and" or a comma before
// the state of a gapped figure that "each" follows: "Nigeria sends 1,200
// troops, Niger and Cameroon 750 each" gives Cameroon's 750 (gappedTroops)
// and Niger's too. The state must stand right before the number.
func (a *analysis) gappedEachSenders(n number, country string) []string {
	toks := a.d.toks
	if country == "" || n.lim >= len(toks) || !a.eachEndsClause(n.lim) || n.hedge < 3 {
		return nil
	}
	if c, ok := a.stateAt(n.hedge - 1); !ok || c != country {
		return nil
	}
	var others []string
	for s := a.places[a.placeAt[n.hedge-1]].first; s >= 2 && (toks[s-1].lower == "and" || toks[s-1].text == ","); {
		c, ok := a.stateAt(s - 2)
		if !ok || a.places[a.placeAt[s-2]].lim != s-1 || c == country {
			break
		}
		others = append(others, c)
		s = a.places[a.placeAt[s-2]].first
	}
	return others
}

// eachEndsClause reports "each" at e that ends its clause after a gapped
// figure: "and Cameroon 750 each."; not "and Togo 300 each year".
func (a *analysis) eachEndsClause(e int) bool {
	toks := a.d.toks
	return toks[e].lower == "each" && (e+1 >= len(toks) || toks[e+1].kind == tPunct || toks[e+1].sent != toks[e].sent)
}
