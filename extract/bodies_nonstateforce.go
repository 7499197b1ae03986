package extract

// nonStateForceMods make the force noun after them no state's
// (words_people.tsv nonstate-force-mod): "the tribal forces".
var nonStateForceMods = wordList("nonstate-force-mod")

// nonStateForceMod reports a lower-case word at i that makes the force's
// noun after it an armed group's: "the tribal forces", "rebel army".
func (a *analysis) nonStateForceMod(i int) bool {
	if i < 0 {
		return false
	}
	t := &a.d.toks[i]
	return t.kind == tWord && !t.cap && nonStateForceMods.hasToken(t)
}
