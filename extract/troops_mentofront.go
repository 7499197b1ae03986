package extract

// frontLineWords name where fighting men are put in a war: "the line",
// "the trenches", beside the frontier words ("the front", "the border").
var frontLineWords = wordList("front-line-word")

// placeFollowers may follow the front that men are moved to: "into the
// line without", "to the border near".
var placeFollowers = closedSet("without", "near", "in", "at", "on", "and", "before", "after", "by", "of", "around", "with", "within", "over", "for", "as", "to", "from", "overnight", "last", "this")

// menToFront reports "men" at j after the figure n that a verb of
// deploying before it moves to or into a front: "had brought 2,000 fresh
// men into the line", "rushed 600 men to the front", "moved 300 extra men
// up to the border". Men sent elsewhere ("sent 30 men to the games",
// "brought 200 men to the meeting") are no forces, nor are men no state
// holds or sent in the paragraphs before, or that no army formation named
// just before sends ("The rebels have sent a further 1,000 men to the
// front"; "A mechanised brigade ... was pulled back. Its replacement had
// brought 2,000 fresh men into the line" counts).
func (a *analysis) menToFront(n number, j int) bool {
	toks := a.d.toks
	if j+4 >= len(toks) || toks[j].lower != "men" || n.hedge < 1 {
		return false
	}
	e := j + 1
	if toks[e].lower == "up" || toks[e].lower == "back" {
		e++ // "moved 300 men up to the border"
	}
	if e+3 >= len(toks) {
		return false
	}
	if w := toks[e].lower; w != "to" && w != "into" && w != "along" || toks[e+1].lower != "the" {
		return false
	}
	if !frontierWords.hasToken(&toks[e+2]) && !frontLineWords.hasToken(&toks[e+2]) {
		return false
	}
	if f := &toks[e+3]; f.kind == tWord && !f.cap && !placeFollowers.hasToken(f) {
		return false // "brought 200 men to the line dance"
	}
	if a.holdingState(n) == "" && a.continuedState(n.first) == "" && !a.formationJustBefore(n.first) {
		return false // "The rebels have sent a further 1,000 men to the front": no state's forces
	}
	return a.deployVerbBefore(n.hedge, a.figureClauseStart(n.first), 3)
}

// formationJustBefore reports an army formation's noun ("brigade",
// "battalion") in the sentence before the one of first or in its own
// sentence before first.
func (a *analysis) formationJustBefore(first int) bool {
	toks := a.d.toks
	sent := int(toks[first].sent)
	from := a.d.sents[sent].first
	if sent > 0 {
		from = a.d.sents[sent-1].first
	}
	for k := from; k < first; k++ {
		if formationNouns.hasToken(&toks[k]) && unitMods.hasToken(&toks[max(k-1, 0)]) {
			return true
		}
	}
	return false
}
