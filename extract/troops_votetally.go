package extract

// voteWords name a vote (words_troops.tsv vote-word).
var voteWords = wordList("vote-word")

// voteTally reports a number that counts votes: before a vote's noun ("by
// 82 votes to 5"), after one and "to" or "of" ("82 votes to 5", "a vote
// of 82"), or after another tally and "to" ("voted 60 to 40", "a vote of
// 82 to 5"). A parliament that approves a force's budget by a tally sends
// no one.
func (a *analysis) voteTally(n number) bool {
	toks := a.d.toks
	if n.lim < len(toks) && voteWords.hasToken(&toks[n.lim]) {
		return true
	}
	k := n.hedge - 1
	if k < 1 {
		return false
	}
	switch toks[k].lower {
	case "of":
		return voteWords.hasToken(&toks[k-1])
	case "to", "against":
	default:
		return false
	}
	if voteWords.hasToken(&toks[k-1]) {
		return true
	}
	if toks[k-1].kind != tNum || k < 3 {
		return false
	}
	return voteWords.hasToken(&toks[k-2]) || toks[k-2].lower == "of" && voteWords.hasToken(&toks[k-3])
}
