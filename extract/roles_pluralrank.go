package extract

import "strings"

// pluralRank reports the plural of an abbreviated rank, "sens." or "Sens"
// for "Sen.": US copy writes "Sens. NAME and NAME" for two senators, which
// the list reading gives one title each.
func (a *analysis) pluralRank(head string) bool {
	h := strings.ToLower(strings.TrimSuffix(head, "."))
	if len(h) < 3 || !strings.HasSuffix(h, "s") {
		return false
	}
	return a.lx.roles[h[:len(h)-1]] == rRank && a.lx.roles[h] == rRank
}
