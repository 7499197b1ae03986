package extract

// partyApposedAt reports an apposition at e that calls the name before it
// a party: ", the main opposition party", ", the ruling party", ", a
// small centrist party". "the leader of UNITA, the main opposition
// party," holds the party's office, as "the leader of the UNITA party"
// does, though no gazetteer lists the party.
func (a *analysis) partyApposedAt(e int) bool {
	toks := a.d.toks
	if e+3 >= len(toks) || toks[e].text != "," {
		return false
	}
	switch toks[e+1].lower {
	case "the", "a", "an":
	default:
		return false
	}
	for k := e + 2; k < len(toks) && k < e+6 && toks[k].para == toks[e].para; k++ {
		t := &toks[k]
		if t.kind != tWord || t.cap {
			return false
		}
		if t.lower == "party" {
			return true
		}
	}
	return false
}
