package extract

// A force told as the object of a verb that lets it move, its own verb
// bare after the number: "the decision to let the Russian peacekeeping
// force of 2,000 leave", "allowed a force of 600 to stay" (the "to" is a
// follower already), "watched the contingent of 1,200 withdraw".

// bareMoves are the bare verbs a force of N does after "let", "watch" or
// "see" (words_troops.tsv bare-move); causeMoves the verbs before it
// (cause-move).
var bareMoves, causeMoves = wordList("bare-move"), wordList("cause-move")

// letForceMove reports a bare verb of moving at e, after a number that
// ends "a force of N", with a verb that lets or sees it move before the
// number in its clause.
func (a *analysis) letForceMove(e int) bool {
	toks := a.d.toks
	if e >= len(toks) || !bareMoves.hasToken(&toks[e]) {
		return false
	}
	for i := e - 1; i >= 0 && i > e-10 && toks[i].sent == toks[e].sent; i-- {
		if toks[i].text == "," || toks[i].text == ";" {
			return false
		}
		if causeMoves.hasToken(&toks[i]) {
			return true
		}
	}
	return false
}
