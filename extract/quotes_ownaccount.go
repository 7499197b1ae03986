package extract

// ownAccountSpeaker reads "by his own account" or "in her (own) words" at
// v, before the quote q in its sentence, and returns the person the
// pronoun stands for: "... at a moment when, by his own account, the
// country has "no time left for learning on the job"", "Europe was, in
// her words, "pumping Kyiv full of weapons"". The phrase says whose words
// the quoted ones are, as a verb of speech would.
func (a *analysis) ownAccountSpeaker(q *quoteSpan, v int) (speaker, bool) {
	toks := a.d.toks
	if v+3 >= q.open || toks[v].lower != "by" && toks[v].lower != "in" {
		return speaker{}, false
	}
	if s, ok := a.ownerWordsSpeaker(q, v); ok {
		return s, true
	}
	var g byte
	switch toks[v+1].lower {
	case "his":
		g = 'M'
	case "her":
		g = 'F'
	default:
		return speaker{}, false
	}
	n := v + 2
	if toks[n].lower == "own" {
		n++
	}
	if toks[v].lower == "by" && toks[n].lower != "account" || toks[v].lower == "in" && toks[n].lower != "words" {
		return speaker{}, false
	}
	per := a.resolvePronoun(g, v+1)
	if per == nil {
		return speaker{}, false
	}
	return a.personSpeaker(per, v+1), true
}

// ownerWordsSpeaker reads "in X's words" at v, X a name or a description
// the speaker resolver knows: "the force was, in the ministry's words,
// "fully ready"", "in Ms Diaz's words". The owner is the speaker.
func (a *analysis) ownerWordsSpeaker(q *quoteSpan, v int) (speaker, bool) {
	toks := a.d.toks
	if toks[v].lower != "in" {
		return speaker{}, false
	}
	for o := v + 2; o+1 < q.open && o <= v+5; o++ {
		if toks[o].lower != "'s" && toks[o].lower != "\u2019s" {
			continue
		}
		w := o + 1
		if toks[w].lower == "own" {
			w++
		}
		if w >= q.open || toks[w].lower != "words" {
			return speaker{}, false
		}
		if s, ok := a.resolveNP(v+1, o, q.open); ok && (s.person != nil || s.named) {
			return s, true
		}
		return speaker{}, false
	}
	return speaker{}, false
}
