package extract

// apposedNameSpeaker reports a mention set off by commas after a
// lower-case description of a person that opens a clause, with a speech
// verb after it: "…, the village priest, Father Ioane, said". The name is
// the speech verb's subject, as the description is, though a fronted
// phrase ("In the church, which survived, …") keeps the clause from
// opening the sentence; a later "he said" may mean it.
func (a *analysis) apposedNameSpeaker(m personMention) bool {
	toks := a.d.toks
	v := m.lim + 1
	if m.prefix < 3 || toks[m.prefix-1].text != "," || v >= len(toks) || toks[m.lim].text != "," ||
		toks[v].cap || !a.quoteClass(v, qcSpeech) || toks[v].para != toks[m.first].para {
		return false
	}
	n := m.prefix - 2 // the description's noun
	if !a.personNoun(n) || a.quoteAt[n] >= 0 {
		return false
	}
	// back over lower-case modifiers to the determiner
	d := n - 1
	for d > n-4 && d >= 0 && toks[d].kind == tWord && !toks[d].cap && toks[d].lower != "the" && toks[d].lower != "a" &&
		!objectOfPreposition(toks[d].lower) && !npFunctionWords.hasToken(&toks[d]) {
		d--
	}
	if d < 1 || toks[d].lower != "the" && toks[d].lower != "a" || toks[d].sent != toks[m.first].sent {
		return false
	}
	// the description opens a clause: after a comma, or the sentence's start
	return toks[d].sentStart || toks[d-1].text == ","
}
