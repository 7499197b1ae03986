package extract

// Pass 5, figures. Reads: every pass before it. Writes: figureState and
// the troop figures and death tolls. Rules: numbers.go (numbers, on the
// tokens), troops*.go (personnel figures and the states that send them),
// deaths*.go and victims.go (death tolls and the people they count).

// figureState is the state of the figures pass (troops, then deaths),
// which reads every pass before it (lists of the dead read the quote
// spans, to tell reported speech from the narrative).
type figureState struct {
	lastTroop troopSoFar // the last troop figure read, while troops run
	deathToll *bool      // "death toll" anywhere in the text, found on first use
}

// findFigures runs the figures pass over the output of every pass before
// it: troop figures, then death tolls; the two share the personnel
// vocabulary but neither reads the other's results.
func findFigures(lx *lexicon, d *doc, pb placesAndBodies, pr peopleAndRoles, qs quotesAndSpeakers) ([]Troops, []Deaths) {
	a := &analysis{lx: lx, d: d, placesAndBodies: pb, peopleAndRoles: pr, quotesAndSpeakers: qs}
	troops := a.troops()
	return troops, a.deaths()
}
