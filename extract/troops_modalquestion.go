package extract

// questionModals open a question that asks what could be done, not what
// was: "Could you put another 1,000 in Panama tomorrow?".
var questionModals = closedSet("could", "would", "can", "will", "should", "might", "shall")

// modalQuestion reports a figure n in a question opened by a modal
// ("Could you put another 1,000 in Panama tomorrow if the president asked
// you to?", "Would Britain send 500 troops?"): the question asks about a
// deployment that may happen and states none. A question of fact ("Why
// were 2,500 Guard members sent home?") still tells of personnel sent.
func (a *analysis) modalQuestion(n number) bool {
	toks := a.d.toks
	s := a.d.sents[toks[n.first].sent]
	f := s.first
	if f < len(toks) && toks[f].kind == tQuote {
		f++ // the question quoted: '"Could you ...?" the senator asked'
	}
	if f >= n.first || !questionModals.hasToken(&toks[f]) {
		return false
	}
	for k := n.lim; k < s.lim; k++ {
		switch toks[k].text {
		case "?":
			return true
		case ".", "!", ";":
			return false
		}
	}
	return false
}
