package extract

// revisedPronounAt reports "that" or "it" at j as the object of a verb
// that revises a figure, standing for the figure told before: "the
// ministry revised that to at least 41", "officials later raised it to
// 12". revisedFigure still asks for a figure of the dead told before.
func revisedPronounAt(toks []token, j int) bool {
	if j < 1 {
		return false
	}
	w := toks[j].lower
	return w == "that" || w == "it"
}
