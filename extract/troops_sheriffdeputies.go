package extract

// sheriffDeputiesSent reports bare "deputies" ending at lim, with a
// sheriff before them in the sentence, that a deployment verb moves or
// that other counties lend: "his office had assigned 35 deputies to check
// on people", "40 deputies from neighboring counties had joined the
// search". A sheriff's deputies are police officers, counted as police
// are; deputies with no sheriff are a parliament's (deputiesWithoutSheriff).
func (a *analysis) sheriffDeputiesSent(n number, lim int) bool {
	toks := a.d.toks
	if lim < 1 || toks[lim-1].lower != "deputies" || a.deputiesWithoutSheriff(n, lim-1, lim) {
		return false
	}
	return a.troopVerbBesides(n, lim) || a.lentByCounties(lim) || a.onDutyByForce(n, lim)
}

// lentByCounties reports "from" and lending local bodies right after lim:
// "from neighboring counties", "from three other departments".
func (a *analysis) lentByCounties(lim int) bool {
	toks := a.d.toks
	if lim >= len(toks) || toks[lim].lower != "from" {
		return false
	}
	for k := lim + 1; k < len(toks) && k <= lim+3 && toks[k].sent == toks[lim].sent; k++ {
		if lendingBodies.hasToken(&toks[k]) {
			return true
		}
		if toks[k].kind != tWord && toks[k].kind != tNum {
			return false
		}
	}
	return false
}

// lendingBodies are the local bodies whose officers, lent, are a
// deployment: "counties", "departments".
var lendingBodies = wordList("lending-body")
