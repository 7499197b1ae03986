package extract

// A state's dead given as a bare number it "lost" right after a sentence
// whose figure counts the dead of the same war: "2,461 American service
// members died in Afghanistan. Britain lost 457, Canada 158 and Germany
// 59." The sentence before says what the number counts, so the bare
// number after "lost" is that kind of dead; gappedLoss reads the states
// after it. Without such a sentence "Britain lost 457" is none (votes,
// matches, jobs).

// lostBareAfterDeaths reads n right after "STATE lost".
func (a *analysis) lostBareAfterDeaths(n number, rule string) (Deaths, bool) {
	toks := a.d.toks
	j := n.hedge - 1
	if j < 1 || toks[j].lower != "lost" || !a.bareLostAfterDeaths(j, n) {
		return Deaths{}, false
	}
	return a.makeDeath(n, a.places[a.placeAt[j-1]].first, n.lim, rule), true
}

// bareLostAfterDeaths reports "lost" at j after a state (a name, not an
// adjective), with the bare number p after it ending its phrase, in a
// sentence right after one with a death figure.
func (a *analysis) bareLostAfterDeaths(j int, p number) bool {
	toks := a.d.toks
	if j < 1 || a.placeAt[j-1] < 0 || p.value < 2 || a.isYear(p) || p.vague {
		return false
	}
	if m := a.places[a.placeAt[j-1]]; !m.state || m.kind == sAdjective || m.lim != j {
		return false
	}
	if e := p.lim; e < len(toks) && toks[e].sent == toks[p.first].sent && toks[e].kind == tWord && toks[e].lower != "and" {
		return false // "lost 457 seats", "lost 3,800 soldiers" (gappedLoss)
	}
	return a.deathFigureJustBefore(a.d.sents[toks[p.first].sent].first)
}
