package extract

// A body named inside the "who" clause that describes a person ("asked
// Murray Sinclair, a former judge who chaired the Truth and
// Reconciliation Commission, to look into ...") is named in passing: a
// later "the commission said" means the commission the story is about,
// named elsewhere, when there is one.

// inPersonWhoClause reports a name opening at token f inside such a
// clause: "who" after a person named earlier in the sentence, and no
// comma, colon or semicolon between "who" and f.
func (a *analysis) inPersonWhoClause(f int) bool {
	toks := a.d.toks
	start := a.d.sents[toks[f].sent].first
	for k := f - 1; k > start; k-- {
		switch toks[k].text {
		case ",", ";", ":", "(", ")":
			return false
		}
		if toks[k].lower != "who" {
			continue
		}
		for j := k - 1; j >= start; j-- {
			if a.personAt[j] >= 0 {
				return true
			}
		}
		return false
	}
	return false
}
