package extract

// "Some 5,000 of them" may point past a run of direct speech back to the
// personnel told before it: `Tusk said 14,000 soldiers had been
// mobilised. "We will not win against the water," Tusk said. Some 5,000
// of them were from the Territorial Defence Forces.` A quotation and its
// attribution name no new personnel for "them" to stand for.

// speechRunStart returns the first token of the earliest of at most three
// sentences of direct speech right before the sentence of token first,
// else -1.
func (a *analysis) speechRunStart(first int) int {
	toks := a.d.toks
	k, run := a.d.sents[toks[first].sent].first, -1
	for i := 0; i < 3 && k > 0; i++ {
		prev := a.d.sents[toks[k-1].sent]
		j := prev.first
		if toks[j].kind == tQuote {
			j++
		}
		if j >= prev.lim || !a.inQuote(j) {
			break
		}
		k, run = prev.first, prev.first
	}
	return run
}

// personnelPastSpeech returns the personnel of the sentence before a run
// of direct speech that ends right before the sentence of token first,
// and its token; else "" and -1.
func (a *analysis) personnelPastSpeech(first int) (string, int) {
	s := a.speechRunStart(first)
	if s <= 0 {
		return "", -1
	}
	return a.personnelInSentenceBefore(s)
}

// fromNamedForce reads the force that "them" are drawn from in their own
// clause when nothing before names them: "Some 5,000 of them are from the
// Territorial Defence Forces", "about 300 of them came from the National
// Guard". It returns the force's name and its last token, else "" and -1.
func (a *analysis) fromNamedForce(verb int) (string, int) {
	toks := a.d.toks
	if verb+3 >= len(toks) || !beVerbs.hasToken(&toks[verb]) && toks[verb].lower != "come" && toks[verb].lower != "came" {
		return "", -1
	}
	j := verb + 1
	if toks[j].lower != "from" {
		return "", -1
	}
	if j++; toks[j].lower == "the" {
		j++
	}
	first := j
	for j < len(toks) && j < first+4 && toks[j].kind == tWord && toks[j].cap && toks[j].sent == toks[verb].sent {
		if forceBodies.hasToken(&toks[j]) && j > first && toks[j].lower != "police" {
			return a.d.text[toks[first].start:toks[j].end], j
		}
		j++
	}
	return "", -1
}
