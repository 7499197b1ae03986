package extract

// privateBodyHeads head a body's name that, written "X of <state>", is a
// private body, not the state's office: "the Minerals Council of
// Australia's chief executive" holds no Australian office.
var privateBodyHeads = wordList("private-body-head")

// privateBodyOfState returns the first token of a capitalised body's name
// that ends on a state at p after "of" and whose head before "of" is a
// private body's noun ("Minerals Council of Australia"); else -1.
func (a *analysis) privateBodyOfState(p int) int {
	toks := a.d.toks
	pi := a.placeAt[p]
	if pi < 0 || !a.places[pi].state {
		return -1
	}
	f := a.places[pi].first
	if f < 2 || toks[f-1].lower != "of" || !toks[f-2].cap || !privateBodyHeads.hasToken(&toks[f-2]) {
		return -1
	}
	return a.capRunStart(f - 2)
}
