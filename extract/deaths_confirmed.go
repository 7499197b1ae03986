package extract

// deathConfirms are verbs that confirm or record a death: "confirmed".
var deathConfirms = wordList("death-confirm")

// confirmedBare reads a bare number that a verb of confirming takes,
// ending its phrase, in a sentence of killing: "Kinshasa said the fighting
// had killed well over a thousand civilians; the UN said it could confirm
// 486". The dead are the sentence's; "confirmed 40 arrests" is none.
func (a *analysis) confirmedBare(n number, rule string) (Deaths, bool) {
	toks := a.d.toks
	k := n.hedge - 1
	if k > 1 && (toks[k].lower == "only" || toks[k].lower == "just") {
		k-- // "could confirm only 142"
	}
	if k < 1 || !deathConfirms.hasToken(&toks[k]) || !a.phraseEnds(n) || a.isYear(n) {
		return Deaths{}, false
	}
	if !a.sentenceHas(n.first, killingWords.words()) {
		return Deaths{}, false
	}
	return a.makeDeath(n, k, n.lim, rule), true
}
