package extract

import "strings"

// headAbbreviates reports a role whose own head is a rank's abbreviation
// of the role noun head, whatever state, place or body is written before
// it: "Kumamoto Gov. NAME ... the governor said", "Texas Gov. NAME",
// as "Gov. NAME" alone is (rankAbbreviates, which asks a title of ranks
// only).
func (a *analysis) headAbbreviates(r role, head string) bool {
	short := strings.TrimSuffix(r.head, ".")
	if len(short) < 2 || len(head) <= len(short) || !shortFor(short, head) {
		return false
	}
	return a.lx.roleOf(short) == rRank || a.lx.roleOf(short+".") == rRank
}
