package extract

// nationalityOfPerson reports a state's adjective that says where a
// private person comes from ("a Croatian citizen", "an Algerian
// national"): it names no state acting, and none whose office a title
// near it holds, nor one whose naming customs a nearby surname follows.
func (a *analysis) nationalityOfPerson(m placeMention) bool {
	toks := a.d.toks
	return m.kind == sAdjective && m.lim < len(toks) && privatePerson.hasToken(&toks[m.lim])
}
