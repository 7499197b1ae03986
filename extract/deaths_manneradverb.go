package extract

import "strings"

// A manner adverb between the auxiliary and the word of death says how
// the victims died, not whether: "all 96 victims had been unlawfully
// killed", "were brutally murdered". The adverbs are too many to list;
// the "-ly" shape is read, and the near misses ("nearly killed") are not
// deaths.

// mannerAdverbAt reports a lower-case "-ly" word at j after an auxiliary
// of the victims and right before a word of death that is no injury.
func (a *analysis) mannerAdverbAt(j int) bool {
	toks := a.d.toks
	t := &toks[j]
	if j < 1 || j+1 >= len(toks) || t.kind != tWord || t.cap || len(t.lower) < 5 || !strings.HasSuffix(t.lower, "ly") || nearMisses.hasToken(t) {
		return false
	}
	if p := &toks[j-1]; !beAux.hasToken(p) && !haveAux.hasToken(p) && p.lower != "been" {
		return false
	}
	kinds, _ := a.deathKindsAt(j + 1)
	return (hasKind(kinds, dPassive) || hasKind(kinds, dIntrans)) && !hasKind(kinds, dHurt)
}
