package extract

// Pass 5, figures. Reads: every pass before it. Writes: figureState and
// the troop figures and death tolls. Rules: numbers.go (numbers, on the
// tokens), troops*.go (personnel figures and the states that send them),
// deaths*.go and victims.go (death tolls and the people they count).

// figureState is the state of the figures pass (troops, then deaths),
// which reads every pass before it (lists of the dead read the quote
// spans, to tell reported speech from the narrative).
type figureState struct {
	lastTroop  troopSoFar // the last troop figure read, while troops run
	lastFigure troopSoFar // the last troop figure read, of a state or none
	// figuresSoFar are the troop figures read, in order (hostAskerSender)
	figuresSoFar []troopSoFar
	// strengthSent is 1 + the sentence of the last number read as a
	// force's standing size, not a deployment (isStrength), else 0
	strengthSent int
	deathToll    *bool // "death toll" anywhere in the text, found on first use
	noHurt       *bool // no word of the hurt in the text, found on first use (noneHurt)
	// hired and hiredKnown are hiredSites' tokens, once it has read them
	hired      []int32
	hiredKnown bool
	// classes are the tokens' bits in figureClassTable, made on first use
	// (see figureClass).
	classes tokenClasses
	// ungated lets every number and word past the gates of
	// unitMayFollow, deathWordsNear and listWordsNear, for the test that
	// checks them (figures_gates_test.go)
	ungated bool
	// near are deathSentences' counts for deathWordsNear, listWords the
	// kinds of word of death of each sentence for listWordsNear
	near      nearCounts
	listWords []sentenceWords
	// unitWord is lastUnitWord's token, once unitWordKnown
	unitWord      int32
	unitWordKnown bool
}

// Bits of figureClassTable: the word lists the figures pass asks of many
// tokens (each token of a sentence of death, each word after a number),
// one look-up a token for them all.
const (
	fcDeadComplement uint32 = 1 << iota // deadComplements
	fcToDeathVerb                       // toDeathVerbs
	fcObjectVerb                        // objectVerbs
	fcDeathNoun                         // deathNouns
	fcMultiple                          // a key of multipleWords
	fcBeAux                             // beAux
	fcHedgeFirst                        // hedgeFirstWords
	fcOrdinal                           // a key of ordinalWords with a rank
	fcPhraseStop                        // phraseStops
	fcDeathAux                          // deathAux
	fcDenied                            // deniedDeaths
	fcHypothetical                      // hypothetical
	fcCasualty                          // casualtyWords
	fcTroopMod                          // troopMods
	fcMeasureUnit                       // measureUnits
	fcPassiveNoun                       // passiveNouns
	fcLinkLabel                         // linkLabels
	fcNoCause                           // noCause
	fcCausedDeaths                      // causedDeaths
)

// figureClassTable is the table of the fc bits.
func figureClassTable() classTable { return figureClasses.get(buildFigureClasses) }

// figureClasses holds figureClassTable, made once.
var figureClasses lazyClasses

// buildFigureClasses makes figureClassTable.
func buildFigureClasses() classTable {
	t := classTable{}
	t.add(fcDeadComplement, deadComplements.words())
	t.add(fcToDeathVerb, toDeathVerbs.words())
	t.add(fcObjectVerb, objectVerbs.words())
	t.add(fcDeathNoun, deathNouns.words())
	for w := range multipleWords() {
		t[w] |= fcMultiple
	}
	t.add(fcBeAux, beAux.words())
	t.add(fcHedgeFirst, hedgeFirstWords.words())
	addMapped(t, fcOrdinal, ordinalWords())
	for _, l := range []struct {
		bit uint32
		set func() map[string]bool
	}{
		{fcPhraseStop, phraseStops.words}, {fcDeathAux, deathAux.words}, {fcDenied, deniedDeaths.words},
		{fcHypothetical, hypothetical.words}, {fcCasualty, casualtyWords.words}, {fcTroopMod, troopMods.words},
		{fcMeasureUnit, measureUnits.words}, {fcPassiveNoun, passiveNouns.words}, {fcLinkLabel, linkLabels.words},
		{fcNoCause, noCause.words}, {fcCausedDeaths, causedDeaths.words},
	} {
		t.add(l.bit, l.set())
	}
	return t
}

// figureClass reports whether token i is in the list of the fc bit.
func (a *analysis) figureClass(i int, bit uint32) bool {
	return a.figureBits(i)&bit != 0
}

// figureBits returns the fc bits of token i.
func (a *analysis) figureBits(i int) uint32 {
	if a.classes.bits == nil {
		a.classes = newTokenClasses(&figureClasses, buildFigureClasses, a.d)
	}
	return a.classes.of(i)
}

// findFigures runs the figures pass over the output of every pass before
// it: troop figures, then death tolls; the two share the personnel
// vocabulary but neither reads the other's results.
// It runs on a, which it sets afresh.
func findFigures(a *analysis, lx *lexicon, d *doc, pb placesAndBodies, pr peopleAndRoles, qs quotesAndSpeakers) ([]Troops, []Deaths) {
	*a = analysis{lx: lx, d: d, placesAndBodies: pb, peopleAndRoles: pr, quotesAndSpeakers: qs}
	troops := a.troops()
	return troops, a.deaths()
}
