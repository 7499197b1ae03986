package extract

// longTallyWords make a count raised after one death the long tally of a
// war or period: "the number of Georgians killed in the war", "killed
// since 2022".
var longTallyWords = wordList("long-tally")

// raisedLongTally reports a count raised after the victims ending at lim
// (", bringing the number ... to N") that tallies a war or period: the
// one death told before it is news of its own, not a part of an event's
// toll ("a Georgian volunteer had been killed near Bakhmut, bringing the
// number of Georgians killed in the war to 61" is 1 and 61, as is "...,
// bringing to six the number of mayors killed this year"; "a deputy
// died overnight, taking the toll from the ambush to three" is 3).
func (a *analysis) raisedLongTally(lim int) bool {
	toks := a.d.toks
	if lim >= len(toks) {
		return false
	}
	s := a.d.sents[toks[lim].sent]
	for k := lim; k < s.lim && k < lim+8; k++ {
		if toks[k].lower != "," || k+1 >= s.lim || !countRaisers.hasToken(&toks[k+1]) {
			continue
		}
		from := k + 2
		if from+1 < s.lim && toks[from].lower == "to" {
			if n, ok := a.d.parseNumber(from + 1); ok && !n.age {
				from = n.lim // the count fronted: "bringing to six the number of mayors killed this year"
			}
		}
		for j := from; j < s.lim && j < k+14; j++ {
			if toks[j].lower == "to" {
				return false
			}
			if longTallyWords.hasToken(&toks[j]) {
				return true
			}
		}
		return false
	}
	return false
}
