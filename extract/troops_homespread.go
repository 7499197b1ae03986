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

// estimatedSpread reports personnel ending at lim spread "across" or
// "throughout" places after an estimate of a subject's size ("to number",
// "to have") whose clause names no state: "The group is believed to
// number 5,000 fighters across Mali and Niger" sizes the group wherever
// it is, as "The militia is thought to have 3,000 gunmen throughout the
// north" does; not "Kenya is believed to have 3,000 soldiers across
// Somalia", a state's deployment, nor "was ordered to send 3,000 soldiers
// across the border", a movement.
func (a *analysis) estimatedSpread(n number, lim int) bool {
	toks := a.d.toks
	if lim >= len(toks) || toks[lim].lower != "across" && toks[lim].lower != "throughout" {
		return false
	}
	v := n.hedge - 1
	for v > 0 && v > n.hedge-6 && (toks[v].kind == tNum || hedgeWord(toks[v].lower) || rangeJoins.hasToken(&toks[v])) {
		v-- // "to number between 5,000 and 6,000", "to number 5,000 to 6,000"
	}
	if v < 2 || toks[v].lower != "number" && toks[v].lower != "have" || !a.estimatedToNumber(v) || a.subjectIsMission(v) {
		return false
	}
	for j := a.figureClauseStart(n.first); j < v; j++ {
		if _, ok := a.stateAt(j); ok {
			return false
		}
	}
	return true
}

// rangeJoins open or join the bounds of a range of figures.
var rangeJoins = wordList("range-join")
