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

// leadForceState returns the state of the first body of group (a force
// or police) with a state that the story's first sentence names: an
// undated story that opens "Lebanon's army has moved ..." is about that
// army, whose later "The army's commander" is not Israel's though
// "Israel's military said" comes nearer. "" when the lead names none.
func (a *analysis) leadForceState(group string) string {
	if len(a.d.sents) == 0 {
		return ""
	}
	s := a.d.sents[0]
	for k := s.first; k < s.lim && k < len(a.d.toks); k++ {
		if a.bodyMatches(k, group, false) {
			if c := a.bodyState(k); c != "" {
				return c
			}
		}
	}
	return ""
}
