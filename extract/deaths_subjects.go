package extract

// focusWords may stand before a subject's count without ending the
// clause start: "Only one of the climbers died", "Just two survived".
var focusWords = closedSet("only", "just", "even")

// deadSubjectWere reports a subject that is the dead, opening the
// sentence, and "were" or "are" before the list at i that names them:
// "The dead were two nurses and a pharmacist", "Those killed in the
// blast were ...", "Those who died were ...", "The people killed were
// ...", or after "among" ("Among those who died was a journalist"), a
// part of the dead that namedDead marks as told of a toll elsewhere. The
// list then counts the dead. "The dead included ..." is read elsewhere.
func (a *analysis) deadSubjectWere(i int) bool {
	toks := a.d.toks
	s := a.d.sents[toks[i].sent]
	if i-2 < s.first || !beAux.hasToken(&toks[i-1]) {
		return false
	}
	j := s.first
	if toks[j].kind == tQuote {
		j++
	}
	among := toks[j].lower == "among"
	if among {
		j++ // "Among the dead was a journalist": a part of the dead, one each
	} else if w := toks[i-1].lower; w != "were" && w != "are" {
		return false
	}
	e := a.deadSubjectEnd(j)
	if e <= j {
		return false
	}
	return e <= i-1 && a.deadHeadingTail(e, i-1)
}

// deadSubjectEnd returns the index after a phrase at j that names the
// dead as a group: "the dead", "those killed", "those who died", "the
// people killed", "the victims who died"; else j.
func (a *analysis) deadSubjectEnd(j int) int {
	toks := a.d.toks
	if lim, ok := a.theDeadAt(j); ok {
		return lim
	}
	if j+2 >= len(toks) || toks[j].lower != "the" && toks[j].lower != "those" {
		return j
	}
	k := j + 1
	if toks[j].lower == "the" {
		if !a.victimWord(toks[k].lower) || a.victimKindOf(toks[k].lower)&(vPlural|vKinPlural) == 0 {
			return j
		}
		k++ // "the people killed", "the men who died"
	}
	if e := a.deathRelativeEnd(k); e > k {
		return e
	}
	if kinds, lim := a.deathKindsAt(k); hasKind(kinds, dPassive) && !hasKind(kinds, dHurt) {
		return lim
	}
	return j
}

// amongDeadOpens reports a sentence at i that opens with "Among" before a
// subject that is the dead: its list is a part of a toll.
func (a *analysis) amongDeadOpens(i int) bool {
	toks := a.d.toks
	j := a.d.sents[toks[i].sent].first
	if toks[j].kind == tQuote {
		j++
	}
	return toks[j].lower == "among" && a.deadSubjectEnd(j+1) > j+1
}

// describedListEnds reports a list of one that a short phrase after it
// describes up to the clause's end: "a nurse from the district clinic,
// officials said", "a journalist with the local radio.", "Tomasz Nowak,
// 39, a builder from Gdansk." The phrase holds
// no verb, number or death word, so no other victim hides in it.
func (a *analysis) describedListEnds(l victimList) bool {
	toks := a.d.toks
	k := l.lim
	if l.count != 1 || k >= len(toks) {
		return false
	}
	switch toks[k].lower {
	case "from", "of", "at", "with", "in", "on", "a", "an":
	default:
		return false
	}
	for e := k + 1; e < len(toks) && e < k+8; e++ {
		t := &toks[e]
		if t.sent != toks[k].sent || t.text == "," || t.text == "." {
			return a.listEndsClause(e)
		}
		if kinds, _ := a.deathKindsAt(e); kinds != 0 || t.kind != tWord || beAux.hasToken(t) || haveAux.hasToken(t) || clauseOpener(t.lower) {
			return false
		}
	}
	return false
}

// qualifiedDeadEnd returns the index after "dead" at k+1 when the death
// lexicon reads the word at k and "dead" as one phrase ("confirmed dead",
// "presumed dead"): "the confirmed dead" are the dead. Else k.
func (a *analysis) qualifiedDeadEnd(k int) int {
	toks := a.d.toks
	if k+1 >= len(toks) || toks[k+1].lower != "dead" {
		return k
	}
	if kinds, lim := a.deathKindsAt(k); lim == k+2 && (hasKind(kinds, dAdj) || hasKind(kinds, dPassive)) && !hasKind(kinds, dHurt) {
		return lim
	}
	return k
}

// numberingAside reports a comma at lim right before the verb of
// numbering at k, an aside after the dead that counts them: "The dead,
// numbering at least 47, were buried".
func (a *analysis) numberingAside(lim, k int) bool {
	toks := a.d.toks
	return lim == k-1 && toks[lim].text == "," && numberingVerbs.hasToken(&toks[k])
}

// deadPersonNamed reports "the dead man as" (or "the dead woman was
// identified as") before the name at i, whose phrase of the dead ends at
// lim with a singular noun for a person, after a verb of naming (naming
// reports it at its index): "Police named the dead man as Tomasz Nowak".
func (a *analysis) deadPersonNamed(lim, i int, naming func(int) bool, x int) bool {
	toks := a.d.toks
	if lim >= i || a.victimKindOf(toks[lim].lower)&vSingle == 0 {
		return false
	}
	switch {
	case lim == i-2:
		return naming(x - 1) // "named the dead man as"
	case lim == i-4 && beAux.hasToken(&toks[lim+1]):
		return naming(i - 2) // "The dead man was identified as"
	}
	return false
}
