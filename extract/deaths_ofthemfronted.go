package extract

// A part of the dead whose fronted "of" names them by a pronoun: "Eight
// people were killed in the raid. Of them, at least two were guards." The
// pronoun stands for the last figure of the sentence before, which must
// be a death figure ("Eight were arrested. Of them, two ..." is none, and
// so is "killed three and wounded 20. Of them, ...", whose "them" is the
// wounded).

// frontedPronouns stand for a whole told in the sentence before.
var frontedPronouns = closedSet("them", "these", "those")

// ofThemFronted reports "Of them," ending at the comma c, at the start of
// its clause, after a sentence whose last figure is of the dead.
func (a *analysis) ofThemFronted(c int) bool {
	toks := a.d.toks
	if c < 2 || !frontedPronouns.hasToken(&toks[c-1]) || toks[c-2].lower != "of" || !a.clauseStart(c-2) {
		return false
	}
	prev, ok := a.sentenceBefore(c)
	if !ok {
		return false
	}
	var last number
	found := a.plainFigureIn(prev.first, prev.lim, func(m number) bool {
		last = m
		return false // read on: the last figure is the one "them" stands for
	})
	return !found && last.lim > 0 && a.deathAfterOrListed(last)
}
