package extract

// candidacyHeads are role nouns of who runs for an office, which is no
// office held (words_people.tsv candidacy-head).
var candidacyHeads = wordList("candidacy-head")

// officeOverCandidacy returns, when the chosen role best is a candidacy,
// another role read at the same mention that is an office held, now or
// before: "The Socialist candidate, NAME, a former government spokeswoman,"
// and "Its lead candidate, NAME, a deputy in the outgoing regional
// parliament," hold those offices (GUIDELINES: several roles, the most
// specific one). Else best.
func (a *analysis) officeOverCandidacy(roles []role, best int) int {
	b := roles[best]
	if !candidacyHeads.has(b.head) {
		return best
	}
	pick := best
	for i, o := range roles {
		if i == best || o.at != b.at || o.title == "" || candidacyHeads.has(o.head) {
			continue
		}
		if pick == best || o.rank < roles[pick].rank {
			pick = i
		}
	}
	return pick
}
