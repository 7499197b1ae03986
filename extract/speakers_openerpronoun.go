package extract

// pronounAfterOpener returns the pronoun that follows the comma closing a
// sentence's opening clause, the subject of its main clause, when no one
// is named and nothing quoted before it: "Asked whether the agency had
// raised it, he said NAME had written to both sides" is opened by "he" as
// much as "He said NAME had written" is. It returns tok when there is none.
func (a *analysis) pronounAfterOpener(first, tok int) int {
	toks := a.d.toks
	for k := first; k < tok && k < first+30; k++ {
		if a.quoteAt[k] >= 0 || a.personAt[k] >= 0 || toks[k].kind == tQuote {
			return tok
		}
		if toks[k].text != "," || k+1 >= tok {
			continue
		}
		if a.quoteClass(k+1, qcPronoun) && personPronouns()[toks[k+1].lower] != 0 {
			return k + 1
		}
	}
	return tok
}

// namedBeforeOpenerPronoun reports a mention inside a sentence's opening
// phrase that a comma and a "he" or "she" of the gender close ("At a
// conference hosted by Tom Hale, he said ..."): the pronoun is someone
// else, and the mention, named in passing, gives no later "he said" either.
func (a *analysis) namedBeforeOpenerPronoun(gender byte, m personMention) bool {
	toks := a.d.toks
	s := a.d.sents[toks[m.first].sent]
	if m.prefix <= s.first || !(prepositions.hasToken(&toks[s.first]) || openerWords.hasToken(&toks[s.first])) {
		return false
	}
	k := a.pronounAfterOpener(m.lim, s.lim)
	if k >= s.lim {
		return false // no pronoun: pronounAfterOpener returns s.lim
	}
	return personPronouns()[toks[k].lower] == gender && toks[k].lower != "him" && toks[k].lower != "her"
}
