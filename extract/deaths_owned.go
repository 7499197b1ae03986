package extract

// moreWords stand between a number and the lives it adds to a toll:
// "claimed two more lives", "a further three lives".
var moreWords = closedSet("more", "further", "additional", "other")

// ownedToll reports a bare toll at k owned by a noun with "'s" ("the
// season's toll", "this year's toll", "Kenya's toll") in a text that has
// told of killing before it: an owner other than a deadly event makes a
// toll a death toll only after killing words, as a named toll does.
func (a *analysis) ownedToll(k int) bool {
	toks := a.d.toks
	d := k - 1
	if d < 2 || toks[d].lower != "'s" && toks[d].lower != "’s" || toks[d-1].kind != tWord || a.personAt[d-1] >= 0 {
		return false
	}
	start := d - 1
	if w := toks[start-1].lower; w == "the" || w == "this" || w == "last" || w == "that" {
		start--
	}
	return a.killingEarlier(start)
}
