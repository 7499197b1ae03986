package extract

// A loss in an event named by its place: "The Guards lost seven men in
// the Saravan attack". lostToDeath stops at a capitalised word, as an
// event is a common noun; a name that only modifies the event's noun is
// no event of its own.

// namedEventModifier reports a capitalised word at j that stands right
// before a lower-case event noun of causes: "the Saravan attack", not
// "the Premier League" nor "the Battle of Britain".
func (a *analysis) namedEventModifier(j int, causes map[string]bool) bool {
	toks := a.d.toks
	if j+1 >= len(toks) || toks[j+1].cap || toks[j+1].kind != tWord || toks[j].kind != tWord || a.personAt[j] >= 0 {
		return false
	}
	return causes[toks[j+1].lower] && toks[j-1].kind == tWord && !toks[j-1].cap
}
