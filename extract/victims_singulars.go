package extract

import "strings"

// addPluralSingulars gives the singular of each plural victim noun the
// list holds without its singular the single kind, so "one activist was
// killed" counts as "two activists were killed" does: the list's plural
// already says the noun names people. As a noun may stand before another
// ("a volunteer firefighter"), the singular is also read as a modifier
// there, as the list's adjectives are. Only regular plurals in -s are
// read ("activists", "diplomats"); the -men and -ies words are listed in
// both forms where they matter.
func (lx *lexicon) addPluralSingulars() {
	for w, k := range lx.victims {
		if k&vPlural == 0 || len(w) < 5 || !strings.HasSuffix(w, "s") ||
			strings.HasSuffix(w, "ss") || strings.HasSuffix(w, "es") || strings.HasSuffix(w, "ies") {
			continue
		}
		if one := w[:len(w)-1]; lx.victims[one] == 0 {
			lx.victims[one] = vSingle | vAdj
		}
	}
}
