package extract

// homeNouns name the whole of a state's own land: "across the country",
// "across the 50 states".
var homeNouns = closedSet("country", "nation", "states", "provinces")

// homeSpread reports personnel ending at lim spread over the whole of
// their state's land: "The Army National Guard has about 325,000 soldiers
// across the 50 states and territories" gives a force's whole strength,
// no deployment, as "has 4,000 soldiers in the province" is one.
func (a *analysis) homeSpread(lim int) bool {
	toks := a.d.toks
	if lim+2 >= len(toks) || toks[lim].lower != "across" && toks[lim].lower != "throughout" {
		return false
	}
	j := lim + 1
	if w := toks[j].lower; w == "the" || w == "all" || w == "its" {
		j++
	}
	if j < len(toks) && toks[j].kind == tNum {
		j++ // "across the 50 states"
	}
	return j < len(toks) && toks[j].sent == toks[lim].sent && homeNouns.hasToken(&toks[j])
}
