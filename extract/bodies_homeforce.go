package extract

// homeBodyWins reports whether a body of the home state at k wins over the
// nearer body of another state already found (nearest): only a force
// does. In a story datelined Tyre, "Lebanon's Health Ministry said" in the
// lead does not take "Lt. Col. NAME" from "Israel's military said" in the
// sentence before; "the Lebanese army said" would.
func (a *analysis) homeBodyWins(k int, nearest string) bool {
	if nearest == "" {
		return true
	}
	kind := a.bodyKindAt(k)
	return kind == "military" || kind == "police"
}

// leadForceOf returns the state of the force that the story's first
// sentence names, with a state and the very noun of a role's "The army's"
// (definiteForceOwner), when the story is most about that state and the
// nearer speaking force at near is written with another noun: an undated
// story that opens "Lebanon's army has moved ..." is about that army,
// whose "The army's commander" far below is not Israel's though "Israel's
// military said" comes nearer; "Guinea's army said" would be. "" otherwise.
func (a *analysis) leadForceOf(r *role, near int) string {
	toks := a.d.toks
	if near < 0 || len(a.d.sents) == 0 || !a.definiteForceOwner(r) {
		return ""
	}
	noun := toks[a.d.sents[toks[r.at].sent].first+1].lower
	home := a.homeRanking()
	if toks[near].lower == noun || len(home) == 0 {
		return ""
	}
	s := a.d.sents[0]
	for k := s.first; k < s.lim && k < len(toks); k++ {
		if toks[k].lower == noun && !toks[k].cap {
			if c := a.bodyState(k); c == home[0] {
				return c
			}
		}
	}
	return ""
}
