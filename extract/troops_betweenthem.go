package extract

// A bare number that several states field together, "between them"
// fronted in its clause: "possible contributors; between them,
// diplomats said, they could field 8,000". No one state sends it, as
// with "between them" after the number (ellipticalTroops).

// betweenThemBefore reports "between them" in the clause of the verb at
// v, at most ten tokens back and after no semicolon.
func (a *analysis) betweenThemBefore(v int) bool {
	toks := a.d.toks
	for k := v - 1; k > 0 && k >= v-10 && toks[k].sent == toks[v].sent; k-- {
		if toks[k].text == ";" {
			return false
		}
		if toks[k].lower == "between" && k+1 < v && toks[k+1].lower == "them" {
			return true
		}
	}
	return false
}
