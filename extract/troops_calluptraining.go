package extract

// callupNouns are the people a call-up brings in: "reservists",
// "conscripts".
var callupNouns = wordList("callup-noun")

// drillNouns name training as the purpose of a call-up: "training",
// "exercises", "drills".
var drillNouns = wordList("drill-noun")

// calledUpForTraining reports reservists or conscripts called up for
// training in general: "called up 5,000 reservists for refresher
// training", "will call up 35,000 reservists for exercises next year",
// "7,000 conscripts would be called up for annual drills". GUIDELINES
// count personnel deployed, pledged or stationed; a call-up for training
// sends no one anywhere. A particular exercise keeps its figure ("called
// up 1,500 soldiers for the winter exercise in Finnmark"), and so does a
// call-up with no training in view ("called up 300,000 reservists").
func (a *analysis) calledUpForTraining(n number, lim int) bool {
	toks := a.d.toks
	if !callupNouns.hasToken(&toks[lim-1]) {
		return false
	}
	after := lim // active: "called up 5,000 reservists for ..."
	if k := n.hedge - 1; !(k > 0 && toks[k].lower == "up" && draftVerbs.hasToken(&toks[k-1]) || k >= 0 && draftVerbs.hasToken(&toks[k])) {
		if after = a.passiveCallUpEnd(lim); after == lim {
			return false
		}
	}
	return a.forDrillAt(after)
}

// passiveCallUpEnd returns the token after "called up" in a passive
// right after the personnel ending at lim ("reservists would be called
// up for training"), else lim.
func (a *analysis) passiveCallUpEnd(lim int) int {
	toks := a.d.toks
	for k := lim; k < len(toks) && k < lim+4 && toks[k].kind == tWord; k++ {
		if draftVerbs.hasToken(&toks[k]) && k+1 < len(toks) && toks[k+1].lower == "up" {
			return k + 2
		}
		if !verbChain.hasToken(&toks[k]) {
			return lim
		}
	}
	return lim
}

// forDrillAt reports "for" at k before a purpose of training with no
// article: "for refresher training", "for exercises", "for annual drills";
// not "for the winter exercise in Finnmark", an event of its own.
func (a *analysis) forDrillAt(k int) bool {
	toks := a.d.toks
	if k >= len(toks) || toks[k].lower != "for" {
		return false
	}
	for e := k + 1; e < len(toks) && e <= k+3 && toks[e].kind == tWord; e++ {
		if drillNouns.hasToken(&toks[e]) {
			return true
		}
		if determiners.hasToken(&toks[e]) || toks[e].cap {
			return false
		}
	}
	return false
}
