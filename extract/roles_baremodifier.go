package extract

// bareModifiers say how or when someone joined, not what office they hold:
// "founding", "original", "longtime" before a weak role noun ("member")
// leave it needing a body, a state or a complement as it does alone.
var bareModifiers = wordList("bare-modifier")

// weakOnlyBareModified reports a weak role noun with no body, state, owner
// or complement whose only other words are bare modifiers: "founding
// members NAME, NAME and NAME" of a band hold no office.
func (a *analysis) weakOnlyBareModified(w titleWalk, words []int, complement bool) bool {
	if !w.weak || w.org != "" || w.country != "" || complement || w.ownerAt >= 0 || len(words) < 2 {
		return false
	}
	toks := a.d.toks
	for _, k := range words {
		if k == words[0] && a.roleKind(k) == rWeak {
			continue // the head (words run right to left)
		}
		if !bareModifiers.hasToken(&toks[k]) {
			return false
		}
	}
	return true
}
