package extract

// detainVerbs right before a figure tell people a force holds, no force of
// its own: "his troops had detained 18 Colombian fighters". Read right
// before the number only: "Police arrested 12 protesters, and 2,000
// officers were deployed" still counts the 2,000.
var detainVerbs = wordList("detain-people")

// rescueVerbs right before a figure tell people saved from danger, no
// force: "A frigate rescued 17 sailors", "helicopters winched 12 crew".
var rescueVerbs = wordList("rescue-people")

// heldPeople reports a verb of holding or of rescue right before the
// number n (its hedge included: "detained some 40 soldiers", "rescued
// 17 sailors").
func (a *analysis) heldPeople(n number) bool {
	k := n.hedge - 1
	return k >= 0 && (detainVerbs.hasToken(&a.d.toks[k]) || rescueVerbs.hasToken(&a.d.toks[k]))
}
