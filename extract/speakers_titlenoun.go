package extract

// A gendered title noun right before a name ("Junta spokesman Major
// General NAME", "the spokeswoman, NAME,") describes that person, not
// someone else the pronoun may stand for: it is evidence for the subject.

// titlesPerson reports a noun at token k that titles p: only capitalised
// words (ranks, honorifics) or one comma lie between it and p's mention.
func (a *analysis) titlesPerson(k int, p *person) bool {
	toks := a.d.toks
	if a.apposedAfter(k, p) {
		return true
	}
	j := k + 1
	if j < len(toks) && toks[j].text == "," {
		j++
	}
	for j < len(toks) && a.personAt[j] < 0 && toks[j].cap && toks[j].kind == tWord && toks[j].sent == toks[k].sent {
		j++
	}
	if j >= len(toks) || a.personAt[j] < 0 || toks[j].sent != toks[k].sent {
		return false
	}
	return a.people[a.mentions[a.personAt[j]].person] == p
}

// apposedAfter reports a noun at token k in the apposition set off after
// p's mention: "NAME, a spokesman for the rebels, said", "NAME, the
// group's chairman,". Only words lie between the comma and the noun; a
// relative clause ("NAME, whose son is a policeman,") names someone else.
func (a *analysis) apposedAfter(k int, p *person) bool {
	toks := a.d.toks
	for j := k - 1; j > 0 && j >= k-6 && toks[j].sent == toks[k].sent; j-- {
		switch {
		case toks[j].text == ",":
			mi := a.personAt[j-1]
			return mi >= 0 && int(a.mentions[mi].lim) == j && a.people[a.mentions[mi].person] == p
		case toks[j].kind == tQuote || a.personAt[j] >= 0 || toks[j].text == "." || toks[j].text == ";" || clauseRelatives.hasToken(&toks[j]):
			return false
		}
	}
	return false
}

var clauseRelatives = wordList("clause-relative")
