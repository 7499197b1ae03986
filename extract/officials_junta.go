package extract

// "met the head of the junta, General NAME,": a junta rules the state it
// seized, so its head's office is that state's, whatever state a mediator
// or a neighbour named in the same sentence belongs to (ob9).

// juntaWords name a state's military rulers (words_people.tsv junta-word).
var juntaWords = wordList("junta-word")

// juntaRoles gives a role whose name follows an apposition naming the
// junta ("the head of the junta, General NAME") the junta's state.
func (a *analysis) juntaRoles() {
	for _, p := range a.people {
		if r := p.role; r != nil && r.org == "" {
			if c := a.juntaHeadState(r); c != "" {
				r.country = c
			} else if c := a.juntaOwnerState(p); c != "" && !r.explicit {
				r.country = c // "Major General NAME, the junta's spokesman,"
			}
		}
	}
}

// juntaHeadState returns the state of a junta written in the phrase
// between "the" and a comma right before the title: "the head of the
// junta," is the story's home state's, "the leader of Mali's junta,"
// Mali's; "" when no junta is written there.
func (a *analysis) juntaHeadState(r *role) string {
	toks := a.d.toks
	c := r.titleLo - 1
	if c < 3 || c >= len(toks) || toks[c].text != "," {
		return ""
	}
	for j := c - 1; j >= 0 && j >= c-6 && toks[j].sent == toks[c].sent && toks[j].kind == tWord; j-- {
		if !juntaWords.hasToken(&toks[j]) {
			continue
		}
		if c := a.ownerStateBefore(j); c != "" {
			return c // "Mali's junta", "the Malian junta"
		}
		if d := a.datelineState(); d != "" {
			return d
		}
		if home := a.homeRanking(); len(home) > 0 {
			return home[0]
		}
		return ""
	}
	return ""
}
