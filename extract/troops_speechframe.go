package extract

// frameSubjects are the pronouns of a reported clause's subject: "said it
// would", "say they have".
var frameSubjects = closedSet("it", "they", "we")

// speechFrameStart returns the first token of a speech frame that ends
// right before the verb at v, with the state that speaks in it: "and
// Cambodia said it had" before "deployed about 3,000 more", "and said it
// would" before "fly 40 more tomorrow". The frame is a state perhaps, a
// speech verb, "that" perhaps, a subject pronoun and auxiliaries. With no
// frame it returns v and "": the verb's clause is then read as it stands.
func (a *analysis) speechFrameStart(v int) (int, string) {
	toks := a.d.toks
	k := v - 1
	for k >= 0 && toks[k].sent == toks[v].sent && toks[k].kind == tWord && (auxWords.hasToken(&toks[k]) || isAdverb(toks[k])) {
		k--
	}
	if k < 1 || !frameSubjects.hasToken(&toks[k]) {
		return v, ""
	}
	k--
	if toks[k].lower == "that" {
		k--
	}
	if k < 0 || toks[k].sent != toks[v].sent || toks[k].cap || !a.peopleClass(k, pcSpeech) {
		return v, ""
	}
	if c, ok := a.stateAt(k - 1); ok {
		return a.places[a.placeAt[k-1]].first, c // "and Cambodia said it had"
	}
	return k, ""
}
