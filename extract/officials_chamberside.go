package extract

// chamberSide reports a word of a legislature's side at k among the
// words of a leader's title (head) that names no other body: "opposition"
// in "the opposition leader, NAME," or "NAME, the main opposition
// leader," as in "Opposition leader NAME". The settled policy keeps the
// state of an opposition leader named without a party: the leader of the
// legislature's other side holds an office of the state. A party or
// another body named in the title ("the opposition party's leader", "the
// opposition coalition's leader") still makes the office that body's, and
// other heads keep their reading ("an opposition spokesman" speaks for
// the opposition, no state's office).
func (a *analysis) chamberSide(k int, head string, words []int) bool {
	if head != "leader" || !chamberWords.hasToken(&a.d.toks[k]) {
		return false
	}
	for _, j := range words {
		if j != k && (a.nonStateNoun(j) || a.partyNoun(j)) {
			return false
		}
	}
	return true
}
