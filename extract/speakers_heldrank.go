package extract

import "strings"

// heldRankNames reports a rank written after the role and left out of its
// title ("agency spokesman Colonel NAME") that the role noun names, written
// out or short: "... the colonel said" is that spokesman, not a body.
func heldRankNames(r role, head string) bool {
	short := strings.TrimSuffix(strings.ToLower(r.heldRank), ".")
	if short == "" {
		return false
	}
	return short == head || len(short) >= 2 && len(head) > len(short) && shortFor(short, head)
}
