package extract

// The remains or bodies of hostages: "the remains of two hostages were
// still held in Gaza". Captivity is no death (the guidelines: hostages
// are not deaths), and the remains of captives tell what is still held
// or handed back, not a death the article states; a verb of killing after
// the captives ("the bodies of six hostages killed in captivity") states
// it, and is read.

// heldRemains reports a dead-body noun at b before "of" and the number n,
// whose people are captives (a plural noun of captivity) with no word of
// death after them.
func (a *analysis) heldRemains(n number, b int) bool {
	toks := a.d.toks
	if b < 0 || !deadBodyNouns.hasToken(&toks[b]) && toks[b].lower != "remains" {
		return false
	}
	c := n.lim
	if c >= len(toks) || a.victimKindOf(toks[c].lower)&vPlural == 0 {
		return false
	}
	if kinds, _ := a.deathKindsAt(c); !hasKind(kinds, dHurt) || hasKind(kinds, dPassive) {
		return false
	}
	for k := c + 1; k < len(toks) && k < c+5 && toks[k].sent == toks[c].sent; k++ {
		if kinds, _ := a.deathKindsAt(k); kinds != 0 && !hasKind(kinds, dHurt) {
			return false // "the bodies of six hostages killed in captivity"
		}
	}
	return true
}
