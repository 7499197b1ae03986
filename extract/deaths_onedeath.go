package extract

// singleDeathNoun reports "death" right after the number one at j that
// ends its noun phrase: "authorities reported one death, a firefighter"
// states a toll of one (GUIDELINES: a number of people the article states
// died). "death" stays a noun that needs a verb elsewhere, since after
// other numbers it opens compounds ("two death row inmates", "three death
// sentences") and is not the plural a count takes.
func (a *analysis) singleDeathNoun(n *number, j int) bool {
	toks := a.d.toks
	if n.value != 1 || n.hi != 0 || j != n.lim || toks[j].lower != "death" {
		return false
	}
	if j+1 >= len(toks) || toks[j+1].kind != tWord {
		return true
	}
	return deathPhraseEnds.hasToken(&toks[j+1])
}

// deathPhraseEnds are the words that may follow "one death" and end its
// noun phrase: "one death in Austria", "one death was reported".
var deathPhraseEnds = closedSet("in", "on", "at", "from", "since", "after", "among", "was", "has", "had", "and", "so", "this", "last", "overnight")
