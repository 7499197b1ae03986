package extract

// Names of bodies that speak, read around their head noun (fx6o).

// bodyNameOpens reports a token before a body's capitalised head noun
// that opens its name: a capital that is no indefinite article opening
// the sentence ("A Department of Health spokesperson said" names the
// Department of Health).
func (a *analysis) bodyNameOpens(k int) bool {
	t := &a.d.toks[k]
	return t.cap && t.sentStart && t.lower != "the" && !indefiniteArticles.hasToken(t)
}

// indefiniteArticles open a noun phrase that names no body.
var indefiniteArticles = closedSet("a", "an")

// coordinatedSpeaker returns the person who opens the sentence of a
// speech verb at v joined by "and" to the verb before it: in "NAME met
// the army chief on Friday and said ...", the words are NAME's, not the
// chief's, who is the object of the first verb. The name opens the
// sentence, after a title perhaps, and a lower-case verb follows it.
func (a *analysis) coordinatedSpeaker(v, start int) (speaker, bool) {
	toks := a.d.toks
	if v-2 <= start || toks[v-1].lower != "and" || toks[v-2].kind != tWord || a.personAt[v-2] >= 0 {
		return speaker{}, false // "NAME and NAME said": a joint subject
	}
	mi := a.personAt[start]
	for k := start; mi < 0 && k < start+4 && k < v-1 && toks[k].cap; k++ {
		mi = a.personAt[k] // past a title: "Defence Minister NAME"
	}
	if mi < 0 {
		return speaker{}, false
	}
	m := a.mentions[mi]
	if m.lim >= v-2 || toks[m.lim].kind != tWord || toks[m.lim].cap || a.speechVerbAt(m.lim) == m.lim || a.personAt[v-2] >= 0 {
		return speaker{}, false // "NAME said ... and said": the verb nearest is read as ever
	}
	return a.personSpeaker(a.people[m.person], m.first), true
}
