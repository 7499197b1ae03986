package extract

// personOrigin reports place pi as a single state written after "from"
// right behind a person noun: "a woman from Afghanistan", "migrants from
// Syria". Where someone comes from says nothing of whose office a title
// near it is (inOriginList covers lists of such states).
func (a *analysis) personOrigin(pi int) bool {
	toks := a.d.toks
	m := a.places[pi]
	if !m.state || m.kind == sAdjective || m.first < 2 || toks[m.first-1].lower != "from" {
		return false
	}
	return privatePerson.hasToken(&toks[m.first-2])
}
