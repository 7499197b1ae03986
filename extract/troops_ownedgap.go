package extract

import "strings"

// A state's share whose personnel noun is gapped after its possessive:
// "Finland's 200 peacekeepers and Ireland's 340 serve together in a joint
// battalion". The bare number is the subject of the clause, so a verb
// follows it, not a noun ("Ireland's 340 vehicles").

// ownedGapVerb reports a word after the gapped number that reads as its
// verb: an auxiliary, or a lower-case word that does not end in "s" as a
// plural noun does ("serve", "remain", "arrived").
func ownedGapVerb(t token) bool {
	if t.kind != tWord || t.cap {
		return false
	}
	if beAux.has(t.lower) || haveAux.has(t.lower) || hypothetical.has(t.lower) {
		return true
	}
	return !strings.HasSuffix(t.lower, "s")
}
