package extract

// killedParticipleAt reports a participle of killing right after a
// ranked victim's noun at e, a reduced relative: "the third person shot
// dead by police since September", "the fifth journalist killed this
// year" rank the victim among the dead, as "the third victim died"
// does. "The third person wounded" is hurt, no rank of the dead.
func (a *analysis) killedParticipleAt(e int) bool {
	toks := a.d.toks
	if e >= len(toks) || e < 1 || toks[e].sent != toks[e-1].sent {
		return false
	}
	kinds, _ := a.deathKindsAt(e)
	return hasKind(kinds, dPassive) && !hasKind(kinds, dHurt)
}
