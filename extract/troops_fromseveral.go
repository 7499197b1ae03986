package extract

// severalStatesNouns name the states a multinational force draws its
// personnel from (words_troops.tsv several-states-noun); fromStatesFillers
// may stand between "from" and the noun: "from the three countries",
// "from 12 allied nations", "from member states".
var (
	severalStatesNouns = wordList("several-states-noun")
	fromStatesFillers  = closedSet("the", "its", "their", "several", "other", "member", "allied", "partner")
)

// drawnFromStates reports personnel ending at lim drawn "from" several
// states: "The group, set up in 2024, has some 400 sailors from the three
// countries", "The task force has about 1,200 troops from 14 nations",
// "the force has 600 soldiers from Finland, Sweden and Norway". What a
// body has from several states is a multinational deployment, not the
// standing strength of one army; "The army has 20,000 soldiers from the
// north" names no states.
func (a *analysis) drawnFromStates(lim int) bool {
	toks := a.d.toks
	if lim+1 >= len(toks) || toks[lim].lower != "from" {
		return false
	}
	k := lim + 1
	for k < len(toks) && k < lim+4 && (fromStatesFillers.hasToken(&toks[k]) || toks[k].kind == tNum || mayBeNumber(&toks[k])) {
		k++
	}
	if k < len(toks) && severalStatesNouns.hasToken(&toks[k]) && k > lim+1 {
		return true
	}
	// "from Finland, Sweden and Norway": a list of states, a sender each
	if c, ok := a.stateAt(lim + 1); ok {
		e := a.places[a.placeAt[lim+1]].lim
		if _, _, list := a.stateListEnd(e, c); list {
			return true
		}
		// "from Finland and Sweden", not "420 soldiers from El Salvador
		// and 150 from Guatemala"
		_, second := a.stateAt(e + 1)
		return e+1 < len(toks) && (toks[e].lower == "and" || toks[e].lower == "or") && second
	}
	return false
}
