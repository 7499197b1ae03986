package extract

// heldVictimsNoun reports a word of captivity at r.j that is itself the
// plural noun of the people counted ("hostages"), with a verb of dying
// right after its auxiliaries: "some six hostages were killed", "nine
// hostages have died". Captivity alone is no death, so the word stops a
// figure ("took six hostages"); only the verb after it, past auxiliaries
// and words of report ("were reported killed", "are believed to have
// died"), makes them dead.
func (a *analysis) heldVictimsNoun(r *victimRun, kinds deathKinds, lim int) bool {
	toks := a.d.toks
	if !hasKind(kinds, dHurt) || hasKind(kinds, dPassive) || lim != r.j+1 || a.victimKindOf(toks[r.j].lower)&vPlural == 0 {
		return false
	}
	for k := lim; k < len(toks) && k < lim+6; k++ {
		if after, _ := a.deathKindsAt(k); after != 0 {
			// "were killed", "died", "were confirmed dead", "were fatally shot"
			return !hasKind(after, dHurt) && (hasKind(after, dPassive) || hasKind(after, dIntrans) || hasKind(after, dAdj))
		}
		if a.figureBits(k)&fcDeathAux == 0 && !isAdverb(toks[k]) {
			return false
		}
	}
	return false
}
