package extract

// bodyPhraseInOf reads a two-word state body phrase (words_people.tsv
// state-body-phrase) that closes "of the" or "for the" right before the
// name, where neither word is a role word alone: "governor of the central
// bank NAME said" holds the office whole, as "head of the army NAME" does.
func bodyPhraseInOf(a *analysis, s *titleScan, k int) (int, stepVerdict) {
	toks := a.d.toks
	if s.w.hasHead || len(s.w.words) > 0 || k < 4 || toks[k].cap || toks[k-1].cap {
		return k, stepPass
	}
	if p := toks[k-3].lower; toks[k-2].lower != "the" || p != "of" && p != "for" || !stateBodyPhrases.has(toks[k-1].lower+" "+toks[k].lower) {
		return k, stepPass
	}
	s.w.words = append(s.w.words, k, k-1)
	return k - 2, stepTake
}
