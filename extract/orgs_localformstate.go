package extract

// localFormBody returns the body a bare local form at i names ("Congress",
// "Foreign Office", see local_forms.tsv), of the forms given for its
// surface, and whether a state chose it: the state whose possessive or
// adjective stands before it ("Brazil's Congress"), or that "its" before
// it stands for ("Pakistan condemned the attack. Its Foreign Office
// spokesman"); the place that opens
// its sentence as the scene ("In Islamabad, Foreign Office spokeswoman
// NAME"); the dateline's state; and with no dateline, in a text that
// never names the gazetteer body's own state, the state the text names
// most ("Congress general secretary NAME" in a story of the Lok Sabha
// that names no United States).
func (a *analysis) localFormBody(i int, forms map[string]int, o int) (int, bool) {
	if local, ok := forms[a.ownerStateBefore(i)]; ok {
		return local, true
	}
	if local, ok := forms[a.itsSubjectState(i)]; ok {
		return local, true
	}
	if local, ok := forms[a.sceneOpenerAt(i)]; ok {
		return local, true
	}
	d := a.datelineState()
	if local, ok := forms[d]; ok {
		return local, true
	}
	if own := a.lx.orgs[o].Country; d == "" && own != "" && !a.namesStateCode(own) {
		if local, ok := forms[a.mostNamedState()]; ok {
			return local, true
		}
	}
	return o, false
}

// sceneOpenerAt returns the state of the place that opens token i's
// sentence as its scene, "In" and a place before a comma ("In Islamabad,
// ..."), when i follows it closely; else "".
func (a *analysis) sceneOpenerAt(i int) string {
	toks := a.d.toks
	f := a.d.sents[toks[i].sent].first
	if f+3 >= len(toks) || toks[f].lower != "in" || a.placeAt[f+1] < 0 {
		return ""
	}
	m := a.places[a.placeAt[f+1]]
	if m.first != f+1 || m.lim >= i || toks[m.lim].text != "," || len(m.altCodes) > 0 || i > m.lim+5 {
		return ""
	}
	return m.code
}

// namesStateCode reports a mention of state c anywhere in the text, by
// its name, adjective, capital or a place inside it.
func (a *analysis) namesStateCode(c string) bool {
	for pi := range a.places {
		if a.places[pi].code == c {
			return true
		}
	}
	return false
}

// mostNamedState returns the state the text's places name most (states
// and places inside them), when one leads all others; else "".
func (a *analysis) mostNamedState() string {
	count := map[string]int{}
	for pi := range a.places {
		if m := &a.places[pi]; m.code != "" && (m.state || m.kind == sPlace && !m.nameWord) {
			count[m.code]++
		}
	}
	best, top, second := "", 0, 0
	for c, n := range count {
		switch {
		case n > top:
			best, top, second = c, n, top
		case n > second:
			second = n
		}
	}
	if top == second {
		return ""
	}
	return best
}

// itsSubjectState returns the state named as the subject that opens the
// sentence before token i, or i's own sentence, when "its" stands right
// before i: "Pakistan condemned the attack. Its Foreign Office ..."; else "".
func (a *analysis) itsSubjectState(i int) string {
	toks := a.d.toks
	if i < 1 || toks[i-1].lower != "its" {
		return ""
	}
	s := toks[i-1].sent
	if toks[i-1].sentStart {
		if s == 0 {
			return ""
		}
		s--
	}
	f := a.d.sents[s].first
	if a.placeAt[f] < 0 {
		return ""
	}
	if m := a.places[a.placeAt[f]]; m.first == f && m.kind == sName && !m.possessive && len(m.altCodes) == 0 {
		return m.code
	}
	return ""
}
