package extract

// courtPresiding are the role heads of who presides over a court, and
// courtNouns the nouns of the court (words_people.tsv court-presiding,
// court-noun).
var (
	courtPresiding = wordList("court-presiding")
	courtNouns     = wordList("court-noun")
)

// presidesCourt reports a court's presiding office, which is also a
// judge's, asked by a judicial role noun: "the court's vice-president,
// NAME, ... the presiding judge said", "NAME, president of the
// Constitutional Court ... the judge said". A court's spokesman or
// registrar is no judge.
func (a *analysis) presidesCourt(r role, head string) bool {
	if !judicialHeads.has(head) || !courtPresiding.has(r.head) {
		return false
	}
	toks := a.d.toks
	if r.owner >= 0 && r.owner < len(toks) && courtNouns.hasToken(&toks[r.owner]) {
		return true
	}
	for k := max(r.titleLo, 0); k < r.titleHi && k < len(toks); k++ {
		if courtNouns.hasToken(&toks[k]) {
			return true
		}
	}
	return false
}
