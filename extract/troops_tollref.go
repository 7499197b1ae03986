package extract

// tollWords tell deaths (words_troops.tsv toll-word).
var tollWords = wordList("toll-word")

// tollToldBefore reports a figure's sentence that names no personnel
// from first to the cue at k, after a sentence that tells deaths and deploys no
// one: "The government says seven people, including two gendarmes, have
// died. The FRC puts the number at 23" puts a count of the dead, though
// gendarmes stand in it; "Warsaw will send 2,000 more soldiers, raising
// the number deployed to 8,000" still counts troops.
func (a *analysis) tollToldBefore(first, k int) bool {
	toks := a.d.toks
	s := toks[first].sent
	if s == 0 || a.namesPersonnel(first, k) {
		return false
	}
	prev := a.d.sents[s-1]
	if a.deploysIn(prev.first, prev.lim) {
		return false
	}
	for j := prev.first; j < prev.lim; j++ {
		if tollWords.hasToken(&toks[j]) {
			return true
		}
	}
	return false
}

// tollNouns name a count of the dead that a later bare figure may go
// on: "the road toll".
var tollNouns = wordList("toll-noun")

// tollToldIn reports a toll's noun from first to k, in a sentence that
// deploys no one before k: "Queensland's road
// toll stood at 241, according to Queensland Police Service figures, up
// from 227" is the toll's earlier level, though a police body is named.
func (a *analysis) tollToldIn(first, k int) bool {
	toks := a.d.toks
	for j := first; j < k; j++ {
		if tollNouns.hasToken(&toks[j]) {
			return !a.deploysIn(first, k) // the rarer word first: most sentences have no toll
		}
	}
	return false
}

// deploysIn reports a verb that deploys or holds personnel from lo to hi.
func (a *analysis) deploysIn(lo, hi int) bool {
	toks := a.d.toks
	for j := lo; j < hi && j < len(toks); j++ {
		if w := toks[j].lower; troopVerbs.has(w) && w != "has" && w != "have" || deployVerbs.has(w) {
			return true
		}
	}
	return false
}

// namesPersonnel reports a noun of personnel from lo to hi.
func (a *analysis) namesPersonnel(lo, hi int) bool {
	for j := lo; j < hi && j < len(a.d.toks); j++ {
		if _, lim := a.lx.personnel.match(a.d.toks, j, true); lim > 0 {
			return true
		}
	}
	return false
}
