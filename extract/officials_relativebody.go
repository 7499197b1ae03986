package extract

// A state's body written after a name in a relative clause that hangs on
// something else is that clause's subject, not the holder's body:
// "Defence Minister NAME said the drills, which China's Eastern Theater
// Command called X, ..." is no Chinese minister, as "NAME said ...,
// where the Swedish Prosecution Authority ..." is no Swedish one.

// bodyClauseWords open such a clause (words_people.tsv body-clause-word).
var bodyClauseWords = wordList("body-clause-word")

// inOtherClause reports a word of bodyClauseWords between tokens at and
// first: a state's body at first after it qualifies no body of the name
// at at.
func (a *analysis) inOtherClause(at, first int) bool {
	for k := at; k < first && k < len(a.d.toks); k++ {
		if bodyClauseWords.hasToken(&a.d.toks[k]) {
			return true
		}
	}
	return false
}
