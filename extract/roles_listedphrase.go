package extract

// maxRolePhrase is the most words a listed multi-word role may have that
// roleEndingAt finds ending before a token: "chairman of the joint chiefs
// of staff" has seven, "vice chairman ..." eight.
const maxRolePhrase = 8

// insideListedRole reports a preposition at p that stands inside a
// multi-word role listed as a phrase (roles.tsv, compound_titles.tsv)
// which ends at k: the "of" of "chief of staff" or "head of state" opens
// no complement, so the words after it are the title's, neither a body
// nor a state.
func (a *analysis) insideListedRole(p, k int) bool {
	lo := a.roleEndingAt(k + 1)
	return lo >= 0 && lo < p
}
