package extract

// revisedEarlierOpener returns where the number should be after a verb
// that revises a toll and its earlier figure named "of" it at k:
// "revising its earlier figure of 84", "updating the previous toll of
// 12", "correcting an initial count of 40". Without them, k.
func revisedEarlierOpener(toks []token, k int) int {
	if k+4 >= len(toks) || !figureRevisers.hasToken(&toks[k]) {
		return k
	}
	switch toks[k+1].lower {
	case "its", "their", "the", "an", "a", "his", "her":
	default:
		return k
	}
	if !earlierWords.hasToken(&toks[k+2]) || !earlierNouns.hasToken(&toks[k+3]) || toks[k+4].lower != "of" {
		return k
	}
	return k + 5
}
