package extract

// A gendered title noun right before a name ("Junta spokesman Major
// General NAME", "the spokeswoman, NAME,") describes that person, not
// someone else the pronoun may stand for: it is evidence for the subject.

// titlesPerson reports a noun at token k that titles p: only capitalised
// words (ranks, honorifics) or one comma lie between it and p's mention.
func (a *analysis) titlesPerson(k int, p *person) bool {
	toks := a.d.toks
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
