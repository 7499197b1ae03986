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

// figures runs the figures pass: troop figures, then death tolls; the two
// share the personnel vocabulary but neither reads the other's results.
func (a *analysis) figures() ([]Troops, []Deaths) {
	troops := a.troops()
	return troops, a.deaths()
}
