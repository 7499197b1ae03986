package extract

// "The federal government ... sent about 20,000 additional soldiers into
// the region": a state's federal or central government is the government
// of the state the story is about, not of a state named in passing
// before it ("Eritrean soldiers had never fully left Tigray"). Such a
// subject names no state of its own, so the figure takes the article's
// home state (homeCountry).

// centralGovernmentMods make "the government" a state's own central one.
var centralGovernmentMods = closedSet("federal", "central")

// federalSenderState returns the home state for a figure at first whose
// clause (from start) opens with "the federal government" or "the central
// government" and names no state before the figure; "" otherwise.
func (a *analysis) federalSenderState(start, first int) string {
	toks := a.d.toks
	if start+3 > first || toks[start].lower != "the" || !centralGovernmentMods.hasToken(&toks[start+1]) || toks[start+2].lower != "government" {
		return ""
	}
	for k := start; k < first; k++ {
		if _, ok := a.stateAt(k); ok {
			return "" // "the federal government of Somalia"
		}
	}
	return a.homeCountry()
}
