package extract

// subjectEchoState returns the state that is the subject of the sentence
// before a title opening its sentence when the title's own sentence names
// that state again (often by its capital) and no other outside quotation
// marks: "Russia has denied
// interfering in Moldova. Foreign Ministry spokeswoman NAME said Moscow
// ..." is Russia's spokeswoman, not that of the state mentioned last.
func (a *analysis) subjectEchoState(r *role) string {
	toks := a.d.toks
	if r.titleLo < 1 || r.titleLo >= len(toks) || !toks[r.titleLo].sentStart {
		return ""
	}
	s := int(toks[r.titleLo].sent)
	if s < 1 {
		return ""
	}
	prev, own := a.d.sents[s-1], a.d.sents[s]
	if toks[prev.first].para != toks[own.first].para {
		return ""
	}
	pi := a.placeAt[prev.first]
	if pi < 0 || !a.places[pi].state || a.places[pi].kind != sName || a.places[pi].code == "" {
		return ""
	}
	c := a.places[pi].code
	echoed := false
	quoted := false
	for j := own.first; j < own.lim; j++ {
		if quoteMarkText(toks[j].text) {
			quoted = !quoted // the quoted words are the speaker's, not the story's frame
		}
		if quoted {
			continue
		}
		qi := a.placeAt[j]
		if qi < 0 || a.places[qi].code == "" || a.places[qi].first != j {
			continue
		}
		q := a.places[qi]
		if q.code != c {
			if q.state {
				return "" // another state in the official's own sentence
			}
			continue
		}
		if q.state || q.kind == sCapital {
			echoed = true
		}
	}
	if !echoed {
		return ""
	}
	return c
}

// quoteMarkText reports a token that is a double quotation mark.
func quoteMarkText(t string) bool {
	return t == "\"" || t == "\u201c" || t == "\u201d" || t == "\u00ab" || t == "\u00bb"
}
