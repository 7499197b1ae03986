package extract

// ownShareOfBody reports "its" or "their" right before the figure at
// first, owned by no body of no state told before it in the sentence:
// "Fiji will rotate its 150-strong UNDOF contingent" is the owner's share
// of a mission, so the mission's name between the figure and its noun
// (which "5,000 NATO troops" leaves no one state's) says where they
// serve, not that no state holds them; "NATO said its 4,000 KFOR troops"
// are still no one state's.
func (a *analysis) ownShareOfBody(first int) bool {
	toks := a.d.toks
	if first < 1 || !ownerPronouns[toks[first-1].lower] {
		return false
	}
	for k := a.d.sents[toks[first].sent].first; k < first-1; k++ {
		if a.noStateBody(k) {
			return false
		}
	}
	return true
}
