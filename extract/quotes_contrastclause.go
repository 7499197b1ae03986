package extract

// contrastClauses open a clause of its own after a quote ("while",
// "whereas"): its speech verb has its own subject and object.
var contrastClauses = wordList("contrast-clause")

// contrastClauseAfter reports a quote closed at close, set off by a comma
// and followed by a contrast clause: `NAME said Riga was "ready to act",
// while a Polish minister, NAME2, said Warsaw would help` gives the quote
// to NAME (by the cue before it), not to NAME2.
func (a *analysis) contrastClauseAfter(close int) bool {
	toks := a.d.toks
	i := close + 1
	return i+1 < len(toks) && toks[i].text == "," && contrastClauses.hasToken(&toks[i+1]) && toks[i+1].sent == toks[close].sent
}
