package extract

// "Marines" opening a sentence is capitalised by its place, so it may be
// any state's marines; usMarinesAt leaves it. It is the US Marine Corps
// when the article writes the word nowhere in lower case ("marines", the
// style for other states' marines), gives Marines to no other state, and
// the sentence names no state of its own: "Marines numbering 2,200 have
// been aboard the amphibious group since August".

// initialUSMarines reports sentence-initial "Marines" at j (lim = j+1)
// that the rest of the article leaves to the United States.
func (a *analysis) initialUSMarines(j, lim int) bool {
	toks := a.d.toks
	if j != lim-1 || toks[j].text != "Marines" || !toks[j].sentStart || a.otherStatesMarines() {
		return false
	}
	for k := range toks {
		if toks[k].text == "marines" {
			return false // "South Korean marines": the article's style for other states'
		}
	}
	return !a.stateInSentence(j)
}
