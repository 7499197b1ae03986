package extract

// A non-state body's national chapter, named by the body and a state's
// name after it: "Amnesty International Indonesia, whose executive
// director NAME". The state's name is part of the body's name, no state
// of its officials (GUIDELINES, Officials: NGOs null with the body).

// stateChapterOfBody returns the first token of a body of the gazetteer
// that is no state's (an NGO or a company) right before a state's name
// ending at o, or -1.
func (a *analysis) stateChapterOfBody(o int) int {
	m, ok := a.stateEndingAt(o)
	if !ok || m.kind != sName || m.first < 1 {
		return -1
	}
	g, ok := a.orgAtTok(m.first - 1)
	if !ok || g.lim != m.first {
		return -1
	}
	if k := a.lx.orgs[g.org].Kind; k != "ngo" && k != "company" {
		return -1
	}
	return g.first
}
