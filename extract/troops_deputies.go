package extract

// deputiesWithoutSheriff reports bare "deputies" (the personnel noun from
// j to lim) with no sheriff before them in the sentence: a sheriff's
// deputies are police officers ("the county sheriff added about 150
// deputies"), a parliament's are not ("Ukraine's 450 deputies voted").
func (a *analysis) deputiesWithoutSheriff(n number, j, lim int) bool {
	toks := a.d.toks
	if lim != j+1 || toks[j].lower != "deputies" {
		return false
	}
	for k := a.d.sents[toks[n.first].sent].first; k < n.first; k++ {
		if w := toks[k].lower; w == "sheriff" || w == "sheriffs" || w == "sheriff's" {
			return false
		}
	}
	return true
}
