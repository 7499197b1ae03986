package extract

// killedVictims name a killing before or after "victims" that makes the
// victims dead: "18,790 homicide victims", "312 victims of murder".
var killedVictims = wordList("killed-victims")

// killedVictimsAfter reports, at j right after a number, "victims" with a
// noun of a killing before it or after its "of", and returns the end of
// the words. A crash's or a flood's victims may have lived; a homicide's
// did not. "attempted murder victims" never comes here: the number stands
// before "attempted".
func (a *analysis) killedVictimsAfter(j int) (int, bool) {
	toks := a.d.toks
	switch {
	case j+1 < len(toks) && killedVictims.hasToken(&toks[j]) && toks[j+1].lower == "victims":
		return j + 2, true // "18,790 homicide victims"
	case j+2 < len(toks) && toks[j].lower == "victims" && toks[j+1].lower == "of" && killedVictims.hasToken(&toks[j+2]):
		return j + 3, true // "312 victims of homicide"
	}
	return 0, false
}

// killedVictimsAt is killedVictimsAfter at j for the number n, in a
// clause that is no hypothesis.
func (a *analysis) killedVictimsAt(n *number, j int) bool {
	e, ok := a.killedVictimsAfter(j)
	return ok && !a.hypotheticalBetween(n.hedge, j) && !a.deadOrHurt(e)
}
