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
