package extract

// otherRelativeObject reports a casualty verb at k that a relative clause
// on another noun governs, with a counted object of its own: "sent 1,200
// members of the Guard to fight a wildfire that has killed seven people"
// counts the fire's dead, not the Guard's. The pronoun stands after the
// personnel (ending at lim), and the verb's object is no part of them:
// "soldiers who were killed" and "a raid that killed 12 of them" stay
// casualties.
func (a *analysis) otherRelativeObject(k, lim int) bool {
	toks := a.d.toks
	j := k - 1
	for j > lim && (copulas.hasToken(&toks[j]) || toks[j].lower == "also" || isAdverb(toks[j])) {
		j-- // "that has already killed"
	}
	if j <= lim {
		return false
	}
	switch toks[j].lower {
	case "that", "which", "who":
	default:
		return false
	}
	return a.ownObjectAfter(k)
}
