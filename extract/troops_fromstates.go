package extract

// fromCountedStates reports "from" and a count of states right after
// weak personnel ending at lim: "650 border guards from 24 member
// states", "300 officers from 12 countries", in a sentence that names a
// mission or operation before them. Personnel that many states send to a
// mission are a multinational deployment, whatever the verb.
func (a *analysis) fromCountedStates(lim int) bool {
	toks := a.d.toks
	if lim+2 >= len(toks) || toks[lim].lower != "from" || toks[lim+1].sent != toks[lim].sent {
		return false
	}
	if toks[lim+1].kind != tNum && !mayBeNumber(&toks[lim+1]) {
		return false
	}
	w := toks[lim+2].lower
	if w == "member" && lim+3 < len(toks) {
		w = toks[lim+3].lower // "from 24 member states"
	}
	if w != "countries" && w != "nations" && w != "states" {
		return false
	}
	// a mission or operation draws on them: not "The bank employs 650
	// guards from 24 countries"
	for k := a.d.sents[toks[lim].sent].first; k < lim; k++ {
		if missionNouns.hasToken(&toks[k]) {
			return true
		}
	}
	return false
}
