package extract

// inFrontedClause reports a person p, named in the sentence of token tok,
// only inside a dependent clause that opens that sentence, outside quotes,
// before the comma that ends it (or anywhere, when no comma ends it:
// "Although Trump has tweeted that … -- … -- its inclusion should not …"):
// the main clause carries the sentence, so p is no subject a later pronoun
// goes on with. A pronoun of the gender that opens the main clause
// ("Although Cole lost, he smiled") keeps p the one the story is about.
func (a *analysis) inFrontedClause(tok int, p *person, gender byte) bool {
	toks := a.d.toks
	s := a.d.sents[toks[tok].sent]
	k := s.first
	if k < s.lim && (toks[k].lower == "but" || toks[k].lower == "and") {
		k++
	}
	if k >= s.lim || a.quoteAt[k] >= 0 || !dependentOpeners.hasToken(&toks[k]) {
		return false
	}
	end, named := s.lim, false
	for j := k + 1; j < s.lim; j++ {
		if a.quoteAt[j] >= 0 {
			continue
		}
		if toks[j].text == "," && end == s.lim {
			end = j
		}
		if mi := a.personAt[j]; mi >= 0 && a.people[a.mentions[mi].person] == p {
			if j > end {
				return false // named in the main clause too
			}
			named = true
		}
		// the main clause's subject, or any subject pronoun when no comma
		// ends the clause
		if g := personPronouns()[toks[j].lower]; named && (j == end+1 || end == s.lim) && g != 0 &&
			(g == gender || gender == 0) && a.quoteClass(j, qcPronoun) {
			return false
		}
	}
	return named
}
