package extract

import "strings"

// pluralNounBeforeCopula reports a speech verb's -s form that is a plural
// noun: after a determiner and a capitalised word and before "are" or
// "were" ("the Baltic states were", "the Gulf reports are"), where a verb
// would take "is" or nothing. "The Kremlin says" keeps its verb.
func (a *analysis) pluralNounBeforeCopula(v int) bool {
	toks := a.d.toks
	if v < 2 || v+1 >= len(toks) || !npDeterminers.hasToken(&toks[v-2]) || !toks[v-1].cap || toks[v-1].kind != tWord {
		return false
	}
	w := toks[v].lower
	if !strings.HasSuffix(w, "s") || strings.HasSuffix(w, "ss") {
		return false
	}
	n := toks[v+1].lower
	return n == "are" || n == "were"
}
