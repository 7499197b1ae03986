package extract

// framePreps open the frame a part of a deployment serves under.
var framePreps = wordList("frame-prep")

// anotherFramed reports "and another N" after a troop figure of the same
// sentence, ended by a phrase of the frame it serves under with no verb
// of its own: "Rwanda keeps some 2,100 soldiers ... under MINUSCA's flag
// and another 1,000 under a bilateral agreement with Bangui". The bare
// number is a second part of the same state's deployment.
func (a *analysis) anotherFramed(n number, e int) bool {
	toks := a.d.toks
	k := n.hedge - 1
	if k < 1 || toks[k].lower != "another" || toks[k-1].lower != "and" || a.lastTroop.sent != int(toks[n.first].sent) || a.lastTroop.unit == "" {
		return false
	}
	if e >= len(toks) || toks[e].sent != toks[n.first].sent || !framePreps.hasToken(&toks[e]) {
		return false
	}
	// a frame is a named thing: "under a bilateral agreement", "under
	// MINUSCA's flag"; "under arrest", "under investigation" are states
	if e+1 >= len(toks) || !determiners.hasToken(&toks[e+1]) && !toks[e+1].cap {
		return false
	}
	for i := e + 1; i < len(toks) && i <= e+10; i++ {
		if toks[i].kind == tPunct || toks[i].sent != toks[e].sent {
			return true
		}
		if toks[i].kind == tWord && (verbChain.hasToken(&toks[i]) || auxWords.hasToken(&toks[i])) {
			return false
		}
	}
	return false
}
