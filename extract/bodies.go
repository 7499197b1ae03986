package extract

// Bodies named by their type ("the union", "the Israeli military"), and
// what they say about whose office a role is.

// bodyKindAt returns the kind of body the word at i names by its type
// (body_nouns.tsv): "nonstate", "military", "police", "government",
// "ministry"; "" for other words.
func (a *analysis) bodyKindAt(i int) string {
	if i < 0 || i >= len(a.d.toks) || a.d.toks[i].kind != tWord {
		return ""
	}
	return a.lx.bodyKinds[a.d.toks[i].lower]
}

// nonStateNoun reports a lower-case noun at i that names a body that is no
// state's: "the company's vice-president", "a spokesman for the alliance".
func (a *analysis) nonStateNoun(i int) bool {
	return i >= 0 && i < len(a.d.toks) && !a.d.toks[i].cap && a.bodyKindAt(i) == "nonstate"
}

// lowerWordsOnly reports title words that are all lower-case words no role
// noun heads yet: "the ruling" before "party's leader".
func (a *analysis) lowerWordsOnly(words []int) bool {
	for _, k := range words {
		if t := a.d.toks[k]; t.cap || t.kind != tWord {
			return false
		}
	}
	return true
}

// bodyNounAfter skips a lower-case noun at e that names the body a state or
// a body of the gazetteer qualifies ("of the Kenyan contingent", "of the
// UAW union") and returns the token after the phrase; a body that is no
// state's marks the role.
func (a *analysis) bodyNounAfter(e int, w *titleWalk) int {
	if e >= len(a.d.toks) || a.d.toks[e].cap {
		return e
	}
	if a.nonStateNoun(e) {
		w.nonState = true
		return e + 1
	}
	if a.bodyKindAt(e) != "" || orgTypeNouns[a.d.toks[e].lower] {
		return e + 1
	}
	return e
}

// placeAfterIn reads "in Nigeria", "in the Gaza Strip", "in Geneva" at k,
// where a role is held, and returns the token after it, or k. The place
// says where the role is served, not whose it is.
func (a *analysis) placeAfterIn(k int) int {
	toks := a.d.toks
	if k+1 >= len(toks) || toks[k].lower != "in" {
		return k
	}
	j := k + 1
	if toks[j].lower == "the" && j+1 < len(toks) {
		j++
	}
	if a.placeAt[j] < 0 || a.places[a.placeAt[j]].first != j {
		return k
	}
	return a.places[a.placeAt[j]].lim
}

// legislatureOf reports a body whose of-phrase is the plural of a role
// noun, as the houses of states are named: "Chamber of Deputies", "House of
// Representatives", "Council of Ministers".
func (a *analysis) legislatureOf(head, hi int) bool {
	toks := a.d.toks
	if head+2 >= hi || toks[head+1].lower != "of" {
		return false
	}
	w := toks[head+2].lower
	return singular(w) != w && a.lx.roleOf(singular(w)) != 0
}

// bodyNamedBefore reads a complement [j, end) that names a body that is no
// state's, "the Ontario Chamber of Commerce", "the CGT union", and records
// it as the role's body.
func (a *analysis) bodyNamedBefore(j, end int, w *titleWalk) {
	toks := a.d.toks
	if j < end && toks[j].lower == "the" {
		j++
	}
	e := a.capRunEnd(j)
	if e <= j {
		return
	}
	switch {
	case e == end-1 && a.nonStateNoun(e):
		w.org, w.nonState = a.d.text[toks[j].start:toks[e].end], true
	case e == end:
		if state, ok := a.bodyName(j, e); ok && !state {
			w.org, w.nonState = a.d.text[toks[j].start:toks[e-1].end], true
		}
	}
}
