package extract

// threatVerbs frame a sending as a threat: "warned it would send".
var threatVerbs = wordList("threat-verb")

// threatenedSending reports the figure n, its personnel ending at lim,
// sent in a threat: a verb of threat or warning in the few words before
// it ("India warned it would send 5,000 troops", "threatened to deploy
// 2,000 soldiers", "warned that 3,000 troops would be sent") and an "if"
// or "unless" clause after it that asks no one's consent ("if Pakistan
// did not hand over the suspects"). A threat deploys no one; "warned it
// would send troops if the UN asked" stays an offer.
func (a *analysis) threatenedSending(n number, lim int) bool {
	toks := a.d.toks
	s := a.d.sents[toks[n.first].sent]
	threat := false
	for j := n.hedge - 1; j >= s.first && j >= n.hedge-8; j-- {
		if toks[j].text == ";" || toks[j].text == ":" {
			break
		}
		if threatVerbs.hasToken(&toks[j]) {
			threat = true
			break
		}
	}
	if !threat {
		return false
	}
	for k := lim; k < s.lim && toks[k].text != ";"; k++ {
		if w := toks[k].lower; w == "if" || w == "unless" {
			return !a.consentWithin(k+1, s.lim)
		}
	}
	return false
}
