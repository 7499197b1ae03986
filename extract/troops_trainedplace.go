package extract

// trainedOnlyState reports that the state code is named in n's sentence
// only as where or by whom the personnel trained ("trained in France",
// "trained by France"): the school is not the sender, so "300 soldiers
// who were trained in France were deployed" give no state.
func (a *analysis) trainedOnlyState(n number, code string) bool {
	toks := a.d.toks
	sent := a.d.sents[toks[n.first].sent]
	trained := false
	for k := sent.first; k < sent.lim; k++ {
		m, ok := a.placeStartingAt(k)
		if !ok || !m.state || m.code != code {
			continue
		}
		if k < 2 || toks[k-1].lower != "in" && toks[k-1].lower != "by" || !trainedPassive.hasToken(&toks[k-2]) {
			return false // named as a state that acts or holds
		}
		trained = true
	}
	return trained
}
