package extract

// sendModals make a verb of sending a possibility: "could send", "might be
// deployed".
var sendModals = closedSet("could", "might")

// offerVerbs before "to send" make the sending an offer, which an "if"
// clause after it may make wait on money or a threat: "offered to send".
var offerVerbs = wordList("offer-verb")

// contingencyWords, in an "if" clause after a possible sending, make it a
// plan for a need or a threat that has not arisen: "if needed", "if the
// canal were threatened".
var contingencyWords = wordList("contingency-word")

// contingentSending reports personnel ending at lim that "could" or
// "might" be sent only in a contingency ("The Pentagon could send as many
// as 3,000 more troops if the canal were threatened", "up to 5,000 troops
// could be sent back within weeks if needed") or in a legislator's
// speculation ("A congressman said 2,000 special operators could be sent
// into Mexico"): neither pledges nor offers a deployment. A possible
// sending on consent ("could be sent if parliament agrees") stays an
// offer.
func (a *analysis) contingentSending(n number, lim int) bool {
	if a.threatenedSending(n, lim) {
		return true // "warned it would send 5,000 troops ... if Pakistan did not" (troops_threatsend.go)
	}
	end, ok := a.modalSendAround(n, lim, sendModals)
	if !ok {
		// "would send 2,000 troops only if Bamako paid for their upkeep":
		// a plan that waits on a need, a threat or money; any other "if"
		// after "would" leaves the plan standing; so does an offer
		if end, ok = a.modalSendAround(n, lim, planModals); ok {
			return a.contingencyIfAfter(end)
		}
		return a.offeredToSend(n) && a.contingencyIfAfter(lim)
	}
	return a.conditionalIfAfter(end) || a.legislatorSays(n)
}

// planModals make a verb of sending a plan: "would send".
var planModals = closedSet("would")

// offeredToSend reports an offer to send the figure n: "offered to send
// 5,000 more troops". An offer waits only on what its "if" clause names
// as a need, a threat or money (contingencyIfAfter): "if Minsk covered
// the cost" voids it, "if a ceasefire held" does not.
func (a *analysis) offeredToSend(n number) bool {
	toks := a.d.toks
	k := a.verbBeforeFigure(n)
	return k >= 2 && sendVerbs.hasToken(&toks[k]) && toks[k-1].lower == "to" && offerVerbs.hasToken(&toks[k-2])
}

// contingencyIfAfter reports an "if" clause after k in its sentence whose
// first eight words hold a word of need, threat or money: "if needed",
// "only if Bamako paid for their upkeep", "if donors cover the cost".
func (a *analysis) contingencyIfAfter(k int) bool {
	toks := a.d.toks
	if k >= len(toks) {
		return false
	}
	s := a.d.sents[toks[k].sent]
	for ; k < s.lim && toks[k].text != ";"; k++ {
		if toks[k].lower != "if" {
			continue
		}
		for j := k + 1; j < s.lim && j <= k+8 && toks[j].kind == tWord; j++ {
			if contingencyWords.hasToken(&toks[j]) && toks[j].lower != "were" {
				return true // "were" after "would" is a mood: "if a ceasefire were reached"
			}
		}
		if a.persistingUnrestIf(k+1, s.lim) {
			return true // "if road blockades continue" (troops_unrestif.go)
		}
	}
	return false
}

// modalSendAround returns the end of a modal verb of sending whose object
// or subject is the figure n with its noun ending at lim: "could send
// (as many as) 3,000 troops", "3,000 troops could (then) be sent".
func (a *analysis) modalSendAround(n number, lim int, modals *wordSet) (int, bool) {
	toks := a.d.toks
	if k := a.verbBeforeFigure(n); k >= 1 && sendVerbs.hasToken(&toks[k]) && modals.hasToken(&toks[k-1]) {
		return lim, true
	}
	k := a.speechAsideEnd(lim) // "Up to 4,000 troops, the government said, would be sent"
	for k < len(toks) && (isAdverb(toks[k]) || toks[k].lower == "then" || toks[k].lower == "also") {
		k++
	}
	if k+1 >= len(toks) || !modals.hasToken(&toks[k]) {
		return 0, false
	}
	k++
	if toks[k].lower == "be" && k+1 < len(toks) {
		if sentParticiples.hasToken(&toks[k+1]) {
			return k + 2, true
		}
		return 0, false
	}
	if sendVerbs.hasToken(&toks[k]) || toks[k].lower == "go" {
		return k + 1, true
	}
	return 0, false
}

// conditionalIfAfter reports an "if" clause after k in its sentence that
// makes a possible sending wait on a need, a threat or another party's
// act: any "if" whose first eight words hold a word of need or threat
// ("if needed", "if the canal were threatened"), or a first "if" whose
// words up to a comma ask no one's consent ("if Kurdish militants resumed
// attacks", "if the Taliban reinforce their positions"). An offer on
// consent ("if parliament approves the funding", "if the UN asks") stays.
func (a *analysis) conditionalIfAfter(k int) bool {
	toks := a.d.toks
	if k >= len(toks) {
		return false
	}
	if a.contingencyIfAfter(k) {
		return true // it reads every "if" after k
	}
	s := a.d.sents[toks[k].sent]
	for ; k < s.lim && toks[k].text != ";"; k++ {
		if toks[k].lower == "if" {
			return !a.consentWithin(k+1, s.lim) // only the first "if" is asked about consent
		}
	}
	return false
}

// consentWithin reports a word of consent in the eight words from k
// before a comma or lim.
func (a *analysis) consentWithin(k, lim int) bool {
	toks := a.d.toks
	for j := k; j < lim && j < k+8 && toks[j].text != ","; j++ {
		if consentWords.hasToken(&toks[j]) {
			return true
		}
	}
	return false
}

// legislatorSays reports a legislator and a verb of speech before the
// figure n in its sentence: "A Republican congressman said 2,000 ...". A
// member of a legislature sends no one; what they say could be sent is
// speculation.
func (a *analysis) legislatorSays(n number) bool {
	toks := a.d.toks
	f := a.d.sents[toks[n.first].sent].first
	for k := f; k+1 < n.hedge; k++ {
		if !legislatorHeads.hasToken(&toks[k]) || toks[k].cap && k != f {
			continue // "Sen." before a name is read through the name below
		}
		for j := k + 1; j < n.hedge && j <= k+4; j++ {
			if _, ok := a.lx.speech[toks[j].lower]; ok {
				return true
			}
		}
	}
	return false
}

// consentWords, in an "if" clause after a possible sending, make it an
// offer that waits on someone's consent: "could send 300 trainers if
// parliament approves the funding", "if the UN asks".
var consentWords = wordList("consent-word")

// figureLeads stand between a verb and its figure with a word of
// continuation: "a further", "an extra", "another".
var figureLeads = closedSet("a", "an", "another")

// verbBeforeFigure returns the token before the figure n and the words
// that add it to an earlier one: "train" in "could train a further 3,000
// soldiers", "send" in "would send another 500 troops".
func (a *analysis) verbBeforeFigure(n number) int {
	toks := a.d.toks
	j := n.hedge - 1
	for j > 0 && j >= n.hedge-3 && (figureLeads.hasToken(&toks[j]) || continuationWords.hasToken(&toks[j])) {
		j--
	}
	if j < n.hedge-1 && figureLeads.hasToken(&toks[j+1]) {
		return j // an article or "another" opens the words skipped
	}
	return n.hedge - 1
}
