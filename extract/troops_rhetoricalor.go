package extract

// rhetoricalAlternative reports a troop figure followed by "or" and a
// number ten times larger or smaller: "They can send a thousand soldiers
// or ten thousand", "whether they send 100 troops or 10,000" weigh no
// number; "1,000 or 2,000 troops" is an estimate and counts.
func (a *analysis) rhetoricalAlternative(n number, lim int) bool {
	toks := a.d.toks
	if lim+1 >= len(toks) || toks[lim].lower != "or" || toks[lim].sent != toks[n.first].sent {
		return false
	}
	m, ok := a.d.parseNumber(hedgeAfter(toks, lim+1))
	if !ok || m.age || a.isYear(m) || m.value <= 0 || n.value <= 0 {
		return false
	}
	return m.value >= 10*n.value || n.value >= 10*m.value
}
