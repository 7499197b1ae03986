package extract

import "strings"

// retiredRank reports a military rank held after leaving the forces:
// "retired Admiral", "retired Gen.". The rank stays the state's whose
// forces the holder served in, which a former office beside it tells
// ("retired Admiral NAME, a former commander of U.S. Southern Command"),
// as a former title would; the think tank or firm the holder works for
// now ("now a senior adviser at the Center for Strategic and
// International Studies") is not the rank's body.
func (a *analysis) retiredRank(r role) bool {
	if len(r.title) < 9 || !strings.EqualFold(r.title[:8], "retired ") {
		return false
	}
	rest := r.title[8:]
	return a.rankOnly(role{title: rest}) || a.writtenRank(role{title: rest})
}

// pastRole reports a role of an office left: a former title, or a
// retired rank.
func (a *analysis) pastRole(r role) bool {
	return formerTitle(r.title) || a.retiredRank(r)
}
