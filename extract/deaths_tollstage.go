package extract

// tollStages date a toll among the counts given of one event: "the
// previous toll", "the latest toll", "an earlier toll". Such a toll is
// the dead's as "the toll" is: each figure given is one item.
var tollStages = wordList("toll-stage")

// tollStageAt reports a toll-stage word at d after a determiner: "the
// previous", "its latest", "an earlier".
func tollStageAt(toks []token, d int) bool {
	if d < 1 || !tollStages.hasToken(&toks[d]) {
		return false
	}
	switch toks[d-1].lower {
	case "the", "its", "their", "an", "a", "this", "that":
		return true
	}
	return false
}
