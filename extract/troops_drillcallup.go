package extract

// reserveNouns, callUpVerbs and drillNouns read a call-up of reservists
// for training (words_troops.tsv reserve-noun, call-up-verb, drill-noun).
var reserveNouns, callUpVerbs, drillNouns = wordList("reserve-noun"), wordList("call-up-verb"), wordList("drill-noun")

// calledUpForDrill reports reservists ending at lim that a call-up
// sends to exercises or training in general: "will call up some 40,000
// reservists for exercises next year", "10,000 reservists were summoned
// for refresher training", "plans to mobilise 25,000 reservists for
// annual drills". GUIDELINES count personnel deployed, pledged or
// stationed; reservists called in to train are neither, as soldiers
// trained are not. A named exercise they join is a deployment and still
// counts: "called up 1,500 reservists for the Hedgehog exercise", and so
// is a call-up to defend ("called up 40,000 reservists to defend the
// capital").
func (a *analysis) calledUpForDrill(n number, lim int) bool {
	toks := a.d.toks
	if !reserveNouns.hasToken(&toks[lim-1]) || !a.drillPurposeAt(lim) && !a.drillPurposeAt(a.passiveCallUpEnd(lim)) {
		return false
	}
	k := n.hedge - 1
	if k > 0 && toks[k].lower == "up" {
		k-- // "call up", "calling up"
	}
	return k >= 0 && (draftVerbs.hasToken(&toks[k]) || callUpVerbs.hasToken(&toks[k])) || a.passiveCallUpEnd(lim) > lim
}

// passiveCallUpEnd returns the token after a passive call-up that follows
// the reservists ending at lim, "will be called up", "were summoned",
// "are being mobilised", or lim where none follows.
func (a *analysis) passiveCallUpEnd(lim int) int {
	toks := a.d.toks
	k := lim
	for k < len(toks) && k < lim+4 && (verbChain.hasToken(&toks[k]) || beAux.hasToken(&toks[k])) {
		k++
	}
	if k == lim || k >= len(toks) || !draftVerbs.hasToken(&toks[k]) && !callUpVerbs.hasToken(&toks[k]) {
		return lim
	}
	if k+1 < len(toks) && toks[k+1].lower == "up" {
		k++
	}
	return k + 1
}

// oneDrillWords before a training noun name one exercise: "the", "this",
// "its".
var oneDrillWords = closedSet("the", "a", "an", "this", "that", "these", "those", "its", "their", "our", "his", "her", "next")

// drillPurposeAt reports "for" or "to" at k before training in general:
// "for exercises", "for refresher training", "to annual drills", at most
// two lower-case words between; a determiner names one exercise ("for
// the winter exercise"), which those called up join.
func (a *analysis) drillPurposeAt(k int) bool {
	toks := a.d.toks
	if k >= len(toks) || toks[k].lower != "for" && toks[k].lower != "to" {
		return false
	}
	for j := k + 1; j < len(toks) && j <= k+3 && toks[j].sent == toks[k].sent; j++ {
		if toks[j].kind != tWord || toks[j].cap || oneDrillWords.hasToken(&toks[j]) {
			return false
		}
		if drillNouns.hasToken(&toks[j]) {
			return j+1 >= len(toks) || toks[j+1].lower != "of" // "for training of the new recruits" trains others
		}
	}
	return false
}
