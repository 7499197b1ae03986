package extract

// askedStateFor returns the state asked "for" the figure n right after it:
// "had asked Lima for 300 police officers" (Peru's), "urged Kenya for
// 1,000 more". The personnel asked for are the state's asked, its capital
// standing for it as in askedOwner; a place that is no state or capital
// ("asked the mayor for", "asked Cobasna for") gives "".
func (a *analysis) askedStateFor(n number) string {
	toks := a.d.toks
	f := n.hedge - 1
	if f < 2 || toks[f].lower != "for" || a.placeAt[f-1] < 0 {
		return ""
	}
	m := a.places[a.placeAt[f-1]]
	if m.lim != f || m.first < 1 || !askVerbs.hasToken(&toks[m.first-1]) {
		return ""
	}
	if (m.state || m.kind == sCapital) && m.kind != sAdjective && !m.possessive {
		return m.code
	}
	return ""
}

// statedSourceState returns the state that the words right around the
// figure n name as its source, over the state read from the sentence: a
// unit only one army names (namedUnitState) or the state asked for it
// (askedStateFor). Empty when neither.
func (a *analysis) statedSourceState(n number) string {
	if c := a.namedUnitState(n); c != "" {
		return c
	}
	if c := a.ofStateForce(n); c != "" {
		return c
	}
	return a.askedStateFor(n)
}

// ofStateForce returns the state that owns the armed body the personnel
// of the figure n are "of" or "from": "About 4,500 soldiers of a U.S.
// Army armoured brigade" (US), "300 officers from the Kenyan police"
// (KE). The body's state names the personnel's over a dateline's or a
// destination's; "soldiers of a brigade" names none: "".
func (a *analysis) ofStateForce(n number) string {
	toks := a.d.toks
	j := n.lim
	for j < len(toks) && j < n.lim+3 && toks[j].lower != "of" && toks[j].lower != "from" {
		j++ // past the personnel noun
	}
	if j+2 >= len(toks) || toks[j].lower != "of" && toks[j].lower != "from" || toks[j].sent != toks[n.first].sent {
		return ""
	}
	if toks[j].lower == "from" && a.clauseHas(n.first, withdrawVerbs.words()) {
		return "" // "withdraw its 150 troops from the Haiti mission": the place left
	}
	if w := toks[j+1].lower; w == "a" || w == "an" || w == "the" {
		j++
	}
	return a.namedForceState(j + 1) // "from the Royal Bahamas Defence Force"
}
