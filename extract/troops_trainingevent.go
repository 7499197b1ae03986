package extract

// trainingEvents name an occasion of training or of finishing it, whose
// "for N" counts those trained: "a graduation ceremony for 1,100 new
// police officers", "a training course for 300 soldiers".
var trainingEvents = wordList("training-event")

// trainingEventFor reports "for" right before the number n after a
// training event: its word ("training for", "a training course for") or
// an occasion's noun after it ("a graduation ceremony for", "the
// passing-out parade for"). GUIDELINES count no one trained, and people
// who graduate are trained, not deployed; "a welcome ceremony for 300
// peacekeepers" names no training and still counts, and "training ranges
// for 5,000 troops" are built for a force.
func (a *analysis) trainingEventFor(n number) bool {
	toks := a.d.toks
	k := n.hedge - 1
	if k < 2 || toks[k].lower != "for" || toks[k-1].kind != tWord {
		return false
	}
	if trainingEvents.hasToken(&toks[k-1]) {
		return true
	}
	return occasionNouns.hasToken(&toks[k-1]) && trainingEvents.hasToken(&toks[k-2])
}

// occasionNouns name an event that a training word before them makes one
// of training: "graduation ceremony", "passing-out parade".
var occasionNouns = wordList("occasion-noun")
