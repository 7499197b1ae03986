package extract

// forceModifierRun reports one or two plain lower-case words from k that
// qualify a force's noun right after them, inside "N members of the ...":
// "the industrial police", "the central armed police", "the traffic
// police", "the border guard". Function words, numbers and casualty words
// are none: "members of the union and police" stays no figure.
func (a *analysis) forceModifierRun(k int) bool {
	toks := a.d.toks
	for e := k; e < len(toks) && e < k+2; e++ {
		t := &toks[e]
		if t.kind != tWord || t.cap || mayBeNumber(t) || npFunctionWords.hasToken(t) || prepositions.hasToken(t) ||
			connectors.hasToken(t) || a.figureBits(e)&(fcCasualty|fcPhraseStop) != 0 {
			return false
		}
		if e+1 < len(toks) && forceBodies.hasToken(&toks[e+1]) {
			return true
		}
	}
	return false
}
