package extract

import "strings"

// acronymOwnerTitle settles a role whose owner is an acronym that no
// gazetteer knows and the article does not spell out, written once as the
// role's complement with an article: "NAME, spokesman for the PDF", "A
// spokesman for the PDF, NAME,". The
// acronym is the body's, a group the gazetteer lacks, and the story's
// state is not the role's. An acronym before the role noun ("SPD Chief
// NAME", "NEMO director NAME") or without "the" ("a spokesman for TCSO")
// is most often a local state service, and keeps the story's state; so
// does one the text ties to a state's service (stateServiceOwner). It
// reports whether it settled r.
func (a *analysis) acronymOwnerTitle(r *role) bool {
	if r.country != "" || r.org != "" || r.nonState || r.owner >= 0 || r.principal > 0 || r.heldRank != "" || !ownerRoleHeads.has(r.head) && !acronymOwnerHeads.has(r.head) {
		return false
	}
	k := a.titleAcronym(r)
	if k < 0 || a.stateServiceOwner(r, k, k+1) {
		return false
	}
	acronym := a.d.toks[k].text
	for _, cut := range []string{" for the ", " of the "} {
		if t, found := strings.CutSuffix(r.title, cut+acronym); found {
			r.title = t
			break
		}
	}
	r.org, r.orgKind, r.nonState = acronym, "", true
	return true
}

// acronymOwnerHeads are role nouns that, besides ownerRoleHeads, an
// armed group or a movement has: "the leader of the PDF", "a commander of
// the KIA" (words_people.tsv acronym-owner-head).
var acronymOwnerHeads = wordList("acronym-owner-head")

// titleAcronym finds the unknown acronym of a complement "for the
// ACRONYM" or "of the ACRONYM" that ends role r's title ("NAME, spokesman
// for the PDF") or stands between it and the comma before the name ("A
// spokesman for the PDF, NAME,"); else -1.
func (a *analysis) titleAcronym(r *role) int {
	toks := a.d.toks
	lo, k := r.titleLo, r.titleHi-1
	if lo < 0 || k >= len(toks) {
		return -1
	}
	if r.rule == ruleTitleComma {
		k = r.titleHi + 2 // the complement right after the title words
		if k+1 >= len(toks) || k+1 >= r.at || toks[k+1].text != "," {
			return -1
		}
	}
	if k-2 <= lo || toks[k-1].lower != "the" || toks[k-2].lower != "for" && toks[k-2].lower != "of" || !a.unknownAcronym(k) {
		return -1
	}
	return k
}

// unknownAcronym reports an acronym at k that no gazetteer knows and the
// article writes nowhere else: once, it names a body only by its letters.
func (a *analysis) unknownAcronym(k int) bool {
	toks := a.d.toks
	if !isAcronym(toks[k].text) || !a.unknownNameWord(k) {
		return false
	}
	for j := range toks {
		if j != k && toks[j].text == toks[k].text {
			return false
		}
	}
	return true
}
