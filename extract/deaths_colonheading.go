package extract

// A fronted heading of the dead closed by a colon, the list after it:
// "Killed in the ambush, according to the revised army statement: 17
// soldiers and one civilian driver", "Among the dead: a nurse and her
// son". deadNamedNext read the list only after "were".

// deadListedAfterColon reports a colon just before i that closes a
// sentence-opening heading of the dead: a participle of death or "among
// the dead", then at most a short phrase of where or when and one
// attribution aside.
func (a *analysis) deadListedAfterColon(i int) bool {
	toks := a.d.toks
	c := i - 1
	if c < 1 || toks[c].text != ":" {
		return false
	}
	if i+1 >= len(toks) || toks[i+1].kind != tWord || toks[i+1].sent != toks[i].sent {
		return false // a bare count, "Killed: 5", is a table's cell, no list of the dead
	}
	s := a.d.sents[toks[i].sent]
	j := s.first
	if toks[j].kind == tQuote {
		j++
	}
	e := j + 1
	switch toks[j].lower {
	case "killed", "dead", "slain":
	case "among":
		if e = a.deadSubjectEnd(j + 1); e <= j+1 {
			return false
		}
	default:
		return false
	}
	return a.deadHeadingTail(e, c)
}

// deadHeadingTail reports the words from e up to c, where the list after
// a fronted heading of the dead opens ("were" or a colon): none, a short
// phrase of where or when, then at most one aside of attribution whose
// closing comma stands before "were": "Killed in the raid, according to
// the army, were four militants", "Killed on Sunday, police said, were".
func (a *analysis) deadHeadingTail(e, c int) bool {
	toks := a.d.toks
	if c-1 > e && toks[c-1].text == "," && toks[c].text != ":" {
		c-- // the aside's closing comma
	}
	k := e
	for k < c && toks[k].text != "," {
		k++
	}
	if k > e && !a.placePhraseBetween(e, k) {
		return false
	}
	return k == c || a.attributionAsideTo(k, c) || a.saidAsideTo(k, c)
}

// saidAsideTo reports an aside of at most five words that ends in a verb
// of speech, from the comma at k up to c: ", the army said".
func (a *analysis) saidAsideTo(k, c int) bool {
	toks := a.d.toks
	if c-k < 3 || c-k > 6 || toks[k].text != "," || a.speechVerbAt(c-1) != c-1 {
		return false
	}
	for e := k + 1; e < c; e++ {
		if toks[e].kind != tWord {
			return false
		}
	}
	return true
}

// attributionAsideTo reports an aside ", according to X" from k that the
// colon at c closes.
func (a *analysis) attributionAsideTo(k, c int) bool {
	toks := a.d.toks
	if c-k < 4 || c-k > 14 || toks[k].text != "," || toks[k+1].lower != "according" || toks[k+2].lower != "to" {
		return false
	}
	for e := k + 3; e < c; e++ {
		if toks[e].kind != tWord && !ownerMark(toks, e) {
			return false
		}
	}
	return true
}
