package extract

// stateListEnd reads a list of states that goes on with a comma after
// the state whose phrase ends at k, and that "and" or "or" closes: "2,500
// Polish, Lithuanian and U.S. troops", "some 900 Estonian, Latvian,
// Lithuanian and Finnish engineers". It returns the end of the last state
// and whether the list names a state other than c; ok is false where no
// such list follows ("1,500 French, the largest contingent," is an
// apposition, no list).
func (a *analysis) stateListEnd(k int, c string) (lim int, mixed, ok bool) {
	toks := a.d.toks
	for steps := 0; k+1 < len(toks) && steps < 8; steps++ {
		w := toks[k].lower
		if w != "," && w != "and" && w != "or" {
			return 0, false, false
		}
		e := k + 1
		if w == "," && (toks[e].lower == "and" || toks[e].lower == "or") {
			w, e = toks[e].lower, e+1 // the serial comma: "Polish, Lithuanian, and U.S. troops"
		}
		c2, isState := a.stateAt(e)
		if !isState || toks[e].sent != toks[k].sent {
			return 0, false, false
		}
		mixed = mixed || c2 != c
		k = a.places[a.placeAt[e]].lim
		if w != "," {
			return k, mixed, steps > 0 // "and" closes a list begun by a comma
		}
	}
	return 0, false, false
}
