package extract

// nobodyWords deny every member of a group named after "among": "nobody
// among the 38 people on board survived".
var nobodyWords = closedSet("nobody", "none")

// nobodyAmong reports n as the whole of "nobody among the N" or "no one
// among the N": the same denial as "none of the N", which noneSurvived
// reads as a toll when "survived" follows.
func (a *analysis) nobodyAmong(n number) bool {
	toks := a.d.toks
	k := n.hedge - 1
	if k >= 0 && (toks[k].lower == "the" || possessivePronoun(toks[k].lower)) {
		k--
	}
	if k < 1 || toks[k].lower != "among" {
		return false
	}
	if nobodyWords.hasToken(&toks[k-1]) {
		return true
	}
	return toks[k-1].lower == "one" && k >= 2 && toks[k-2].lower == "no"
}

// survivedAmong reports n as the whole of "nobody had survived among the
// N", the verb before the group: as "nobody among the N survived", every
// one of them died. "Nobody had been hurt among the N" is none.
func (a *analysis) survivedAmong(n number) bool {
	toks := a.d.toks
	k := n.hedge - 1
	if k >= 0 && (toks[k].lower == "the" || possessivePronoun(toks[k].lower)) {
		k--
	}
	if k < 2 || toks[k].lower != "among" || toks[k-1].lower != "survived" {
		return false
	}
	j := k - 2
	if haveAux.hasToken(&toks[j]) && j > 0 {
		j--
	}
	return nobodyWords.hasToken(&toks[j]) || toks[j].lower == "one" && j > 0 && toks[j-1].lower == "no"
}
