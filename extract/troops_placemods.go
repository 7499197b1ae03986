package extract

// placeMods stand between "in" and a state without changing it: "900 in
// neighbouring Syria", "400 in northern Iraq".
var placeMods = closedSet("neighbouring", "neighboring", "nearby", "northern", "southern", "eastern", "western",
	"northeastern", "northwestern", "southeastern", "southwestern", "central")

// placeAfterMods returns the index of the place at e, past an article
// before a name and one modifier of placeMods, or -1 when no place stands
// there.
func (a *analysis) placeAfterMods(e int) int {
	toks := a.d.toks
	if e+1 < len(toks) && toks[e].lower == "the" && toks[e+1].cap {
		e++ // "1,600 in the Central African Republic": a state's name with its article
	}
	if e < len(toks) && placeMods.hasToken(&toks[e]) && e+1 < len(toks) {
		e++
	}
	if e >= len(toks) || a.placeAt[e] < 0 {
		return -1
	}
	return e
}
