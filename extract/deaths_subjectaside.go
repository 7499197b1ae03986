package extract

// subjectDiesPastAside reports number m opening a subject of victims whose
// verb of death comes after an aside: "seven people, including two
// gendarmes, have died", "nine people, most of them students, were
// killed". deathAfterNumber stops at the aside's comma; past the aside the
// verb still tells the dead, so "the number" put in the next sentence
// stands for them. An aside that runs on to the sentence's end, or a verb
// of hurt ("were injured"), gives none.
func (a *analysis) subjectDiesPastAside(m number) bool {
	toks := a.d.toks
	if m.lim >= len(toks) || toks[m.lim].sent != toks[m.first].sent || !a.victimsFollow(m) {
		return false
	}
	e := m.lim // the counted noun, then the aside's comma
	for e < len(toks) && e < m.lim+4 && toks[e].kind == tWord {
		e++
	}
	if e >= len(toks) || toks[e].text != "," {
		return false
	}
	for k := e + 1; k < len(toks) && k < e+12 && toks[k].sent == toks[m.first].sent; k++ {
		if t := toks[k]; t.kind == tPunct && t.text != "," || t.kind == tQuote {
			return false
		}
		if toks[k].text == "," {
			return k+1 < len(toks) && toks[k+1].sent == toks[m.first].sent && a.relativeDied(k+1)
		}
	}
	return false
}
