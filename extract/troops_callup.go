package extract

// callUpVerbs call personnel to serve, besides draftVerbs' "called up"
// (words_troops.tsv callup-verb): "summoned", "mobilised". "Recalled" is
// left out: a state that recalls troops from abroad withdraws them.
// reserveNouns name reservists and conscripts (reserve-noun), whom a call-up for
// "exercises" alone trains.
var callUpVerbs, reserveNouns = wordList("callup-verb"), wordList("reserve-noun")

// drillPurposes make the purpose of a call-up the personnel's own
// training (words_troops.tsv drill-purpose): "refresher", "training";
// drillMods do so only before a drillNoun: "annual exercises", "routine
// drills", not "routine patrols".
var drillPurposes, drillMods, drillNouns = wordList("drill-purpose"), wordList("drill-mod"), wordList("drill-noun")

// calledUpForTraining reports personnel (the number n, the noun ending at
// lim) called up for their own training: "Sweden called up 10,000
// reservists for refresher exercises", "5,000 reservists were summoned
// for annual training", "summoned 2,000 reservists to refresh their
// skills". GUIDELINES count personnel deployed, pledged, offered,
// requested, withdrawn or stationed; a call-up for drill trains them, as
// trainedObject's verbs do. A call-up for an operation or a named
// exercise ("called up 1,500 soldiers for the winter exercise in
// Finnmark", "called up 300,000 reservists in the first days of the war")
// still counts, and so does one whose clause goes on to deploy them.
// Reservists called up for exercises in general are trained too ("will
// call up some 8,000 reservists for exercises in the autumn").
func (a *analysis) calledUpForTraining(n number, lim int) bool {
	toks := a.d.toks
	after := lim
	if !a.callUpBefore(n.hedge - 1) {
		if after = a.callUpPassiveAfter(lim); after < 0 {
			return false
		}
	}
	s := a.d.sents[toks[n.first].sent]
	end := after
	for end < s.lim && toks[end].kind != tPunct && toks[end].kind != tQuote {
		if sendVerbs.hasToken(&toks[end]) || deployVerbs.hasToken(&toks[end]) {
			return false // "called up 2,000 reservists for training and sent them to the border"
		}
		end++
	}
	reservists := reserveNouns.hasToken(&toks[lim-1])
	for k := after; k < end && k < after+10; k++ {
		if t := &toks[k]; t.lower != "for" && t.lower != "to" {
			continue
		}
		if reservists && a.drillPurposeAt(k) {
			return true
		}
		for j := k + 1; j < end && j <= k+4 && toks[j].kind == tWord; j++ {
			if drillPurposes.hasToken(&toks[j]) || drillMods.hasToken(&toks[j]) && j+1 < end && drillNouns.hasToken(&toks[j+1]) {
				return true
			}
		}
	}
	return false
}

// callUpBefore reports a verb of calling up that ends at k, right before
// the figure: "called up", "calls up", "summoned".
func (a *analysis) callUpBefore(k int) bool {
	toks := a.d.toks
	if k < 0 {
		return false
	}
	if toks[k].lower == "up" {
		return k > 0 && draftVerbs.hasToken(&toks[k-1])
	}
	return callUpVerbs.hasToken(&toks[k])
}

// callUpPassiveAfter returns the token after a passive call-up right after
// personnel ending at lim ("were called up", "have been summoned", "will
// be summoned"), else -1.
func (a *analysis) callUpPassiveAfter(lim int) int {
	toks := a.d.toks
	k := lim
	for k < len(toks) && k < lim+3 && (beAux.hasToken(&toks[k]) || auxWords.hasToken(&toks[k])) {
		k++
	}
	if k == lim || k >= len(toks) || toks[k].sent != toks[lim-1].sent {
		return -1
	}
	if k+1 < len(toks) && draftVerbs.hasToken(&toks[k]) && toks[k+1].lower == "up" {
		return k + 2
	}
	if callUpVerbs.hasToken(&toks[k]) {
		return k + 1
	}
	return -1
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
