package extract

// The noun path of troopFigure: troopPhraseOf steps over the modifiers
// after a number to its personnel noun, troopUnit reads the noun. Most
// numbers of an article have no such noun anywhere after them (dates,
// sums, votes, ages): over the 417 BBC politics articles, 1,214 of the
// 2,008 numbers that reach troopFigure. unitMayFollow sends those
// straight to the rules without a noun (troopsWithoutNoun), past the
// path, which cost each some 5,500 instructions.
//
// Why it is safe. troopUnit finds a noun only as one of: a phrase of
// personnel.tsv at s.j; "N-strong" (strengthSuffix of the number's own
// token) before a unit word; "men" at s.j or s.j+2 (stateOwnMen,
// formationMen, glossedFormationMen, forceMen, stateMenAbroad, a resized
// force's men); "members" or a personnel phrase at s.j
// (namedForceMembers). troopPhraseOf returns false, the figure's one
// other way out, only after ofItsTroops finds a personnel phrase or
// "men" at or after s.j. And s.j, where the noun is read, only moves on
// from n.lim (the closing quote, betweenFigures' second number, the
// modifiers). So a number without strengthSuffix and with no phrase of
// personnel.tsv and no word of bareUnits at or after n.lim has no noun,
// and goes to troopsWithoutNoun as nounlessFigure leaves it, as it did
// from the path. The gate reads the table troopUnit reads (lx.personnel,
// from personnel.tsv), so a personnel noun added to the data is counted
// too; a rule of troopUnit that takes a word of its own for the noun must
// add it to bare-unit in words_troops.tsv. TestFigureGatesSound checks the
// gate over the figure rows, the passages and the held-out articles.

// bareUnits are the words troopUnit takes for a figure's noun beside the
// phrases of personnel.tsv.
var bareUnits = wordList("bare-unit")

// unitMayFollow reports whether the noun path may find a personnel noun
// for the number n: n is written "N-strong", or a noun's first word
// stands at or after n.lim.
func (a *analysis) unitMayFollow(n number) bool {
	return a.ungated || strengthSuffix(a.d.toks[n.first].lower) || a.lastUnitWord() >= n.lim
}

// lastUnitWord returns the last token of the text that opens a phrase of
// personnel.tsv or is a word of bareUnits, or -1; read once per text, from
// its end.
func (a *analysis) lastUnitWord() int {
	if a.unitWordKnown {
		return int(a.unitWord)
	}
	toks := a.d.toks
	lx := a.lx
	// one filter of both (most words of most texts are neither, read to
	// the first)
	heads := lx.unitWords.get(func() *wordShapes {
		if lx.personnel.heads == nil {
			return nil // no phrase: a nil filter holds every word
		}
		f := *lx.personnel.heads
		for w := range bareUnits.words() {
			f.add(w)
		}
		return &f
	})
	last := len(toks) - 1
	for ; last >= 0; last-- {
		t := &toks[last]
		if !heads.holds(t.shape) {
			continue
		}
		if bareUnits.hasToken(t) {
			break
		}
		if _, lim := lx.personnel.match(toks, last, true); lim > last {
			break
		}
	}
	a.unitWord, a.unitWordKnown = int32(last), true
	return last
}

// nounlessFigure returns n as troopPhraseOf leaves it for
// troopsWithoutNoun when no noun follows: betweenFigures may mark the
// lower figure of "between 1,500 and 3,000" approximate, after the
// closing quote of a figure quoted alone.
func (a *analysis) nounlessFigure(n number) number {
	j := n.lim
	if a.quotedFigure(n) {
		j++
	}
	a.betweenFigures(&n, j)
	return n
}
