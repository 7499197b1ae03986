package extract

// "NAME, president of the Oakland Police Officers' Association, said the
// union did not oppose the deal. … the union said: "…"": a noun for a kind
// of body stands for the body named in capitals, in the same paragraph
// and at most the sentence before, whose own head noun is of a kind the
// noun may name ("association" and "union" both a members' body), though
// the words differ.

// kindredBodyBefore returns the body named last before the phrase p, in
// its paragraph and its sentence or the one before, whose name ends in a
// body noun that shares a kind with p's noun other than its own.
func (a *analysis) kindredBodyBefore(p *npPhrase) (speaker, bool) {
	toks := a.d.toks
	kinds := a.lx.bodyNounKinds[p.last.lower]
	if !p.det || p.l-p.f != 2 || len(kinds) == 0 {
		return speaker{}, false
	}
	from := a.d.sents[max(0, int(toks[p.f].sent)-1)].first
	for k := p.f - 1; k > from; k-- {
		t := toks[k]
		if t.para != toks[p.f].para {
			break
		}
		if !t.cap || t.lower == p.last.lower || a.quoteAt[k] >= 0 || !sharesKind(kinds, a.lx.bodyNounKinds[t.lower]) {
			continue
		}
		f := k
		for f > from && (toks[f-1].cap && toks[f-1].kind == tWord && !toks[f-1].sentStart || a.possessiveInName(f-1) ||
			connectors.hasToken(&toks[f-1]) && f-2 >= 0 && toks[f-2].cap) {
			f--
		}
		for f < k && connectors.hasToken(&toks[f]) {
			f++
		}
		if k-f < 1 || a.hasPerson(f, k+1) {
			continue
		}
		return speaker{name: a.d.text[toks[f].start:toks[k].end], body: true}, true
	}
	return speaker{}, false
}

// sharesKind reports a kind of body both lists hold.
func sharesKind(a, b []string) bool {
	for _, k := range a {
		if slicesContain(b, k) {
			return true
		}
	}
	return false
}
