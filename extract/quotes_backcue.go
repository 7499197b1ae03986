package extract

// backCueVerbs are past forms that attribute a quote only with "back"
// after them: ""…," NAME shot back", "fired back". Alone they are verbs
// of shooting or striking (words_quotes.tsv back-cue).
var backCueVerbs = wordList("back-cue")

// backCueAt reports token i as such a verb followed by "back" and then
// the end of the clause: "Moyer shot back." speaks, "shot back at
// officers" does not.
func (a *analysis) backCueAt(i int) bool {
	toks := a.d.toks
	if i+1 >= len(toks) || toks[i].kind != tWord || !backCueVerbs.hasToken(&toks[i]) || toks[i+1].lower != "back" {
		return false
	}
	if i+2 >= len(toks) {
		return true
	}
	n := &toks[i+2]
	return n.para != toks[i].para || n.kind != tWord || n.sentStart
}
