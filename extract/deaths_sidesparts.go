package extract

// Tallies of two sides or of two kinds of victim that a verb of killing
// gives apart: "a clash killed three Taliban border guards and two
// Pakistani soldiers", "shelling killed an Indian soldier and two
// civilians on the Pakistani side", "in 2020 it killed 36 civilians and
// 24 soldiers". Each side's dead (or the civilians beside the security
// forces) are counted apart; an article that meant one toll would state
// it, as statesParts says of two states' people.

// sideAt returns the side the word at k opens: a state's adjective or
// name ("Pakistani", "India's"), or an armed group of the gazetteer
// ("Taliban", "Hamas") as "@" and its name; "" for none.
func (a *analysis) sideAt(k int) string {
	if k < 0 || k >= len(a.d.toks) {
		return ""
	}
	if p := a.placeAt[k]; p >= 0 {
		if m := a.places[p]; m.state && m.code != "" && m.first == k {
			return m.code
		}
		return ""
	}
	if o := a.orgAt[k]; o >= 0 {
		if g := a.lx.orgs[a.orgs[o].org]; g.Kind == "armed" && a.orgs[o].first == k {
			return "@" + g.Name
		}
	}
	return ""
}

// sideAfter returns the side that "on the Pakistani side" (or "on
// Pakistan's side") names at e, right after a part's noun; else "".
func (a *analysis) sideAfter(e int) string {
	toks := a.d.toks
	if e+2 >= len(toks) || toks[e].lower != "on" {
		return ""
	}
	k := e + 1
	if toks[k].lower == "the" {
		k++
	}
	s := a.sideAt(k)
	if s == "" || a.placeAt[k] < 0 {
		return ""
	}
	j := a.places[a.placeAt[k]].lim
	if j < len(toks) && toks[j].lower == "'s" {
		j++
	}
	if j < len(toks) && toks[j].lower == "side" {
		return s
	}
	return ""
}

// partSide returns the side of a part's people between first and lim:
// the side a word among them opens ("three Taliban border guards", "an
// Indian soldier"), else "on the X side" right after them.
func (a *analysis) partSide(first, lim int) string {
	for k := first; k < lim; k++ {
		if s := a.sideAt(k); s != "" {
			return s
		}
	}
	return a.sideAfter(lim)
}

// sidesParts reports counted parts of a sum whose people are each of a
// side of their own, told apart: "killed three Taliban border guards and
// two Pakistani soldiers", "killed 12 Hamas fighters and three Israeli
// soldiers".
func (a *analysis) sidesParts(parts []Deaths) bool {
	if len(parts) < 2 {
		return false
	}
	seen := map[string]bool{}
	for _, p := range parts {
		n, ok := a.countAt(a.figureFirst(p))
		if !ok {
			return false
		}
		s := a.partSide(n.lim, a.victimNounEnd(n.lim))
		if s == "" || seen[s] {
			return false
		}
		seen[s] = true
	}
	return true
}

// civilianBreakdown reports counted parts of a sum of which one counts
// civilians and another a security force's people, in a tally of a
// period: "in 2020 alone shelling killed 36 civilians and 24 soldiers",
// "attacks killed 120 civilians and 45 police officers last year" are a
// year's statistics by kind, kept apart. One event's dead are its toll
// ("The blast killed 12 soldiers and three civilians on Monday" is 15).
func (a *analysis) civilianBreakdown(parts []Deaths) bool {
	if len(parts) < 2 || !a.periodTally(a.figureFirst(parts[0])) {
		return false
	}
	civil, force := false, false
	for _, p := range parts {
		n, ok := a.countAt(a.figureFirst(p))
		if !ok {
			return false
		}
		e := a.victimNounEnd(n.lim)
		if e == n.lim {
			return false
		}
		switch w := a.d.toks[e-1].lower; {
		case civilianNouns.has(w):
			civil = true
		case a.securityNounEnds(n.lim, e):
			force = true
		}
	}
	return civil && force
}

// civilianNouns name the civilians of a tally: "civilians".
var civilianNouns = wordList("civilian-noun")

// securityNounEnds reports a strong personnel noun ending the part's
// people between first and lim: "soldiers", "police officers",
// "security personnel".
func (a *analysis) securityNounEnds(first, lim int) bool {
	for k := first; k < lim; k++ {
		if _, l := a.lx.personnel.match(a.d.toks, k, true); l == lim {
			_, strong := a.strongPersonnelAt(k)
			return strong
		}
	}
	return false
}

// sidedListParts splits the object list l of a verb of killing, two
// items joined by "and", into one figure for each item when each is of a
// side of its own: "killing an Indian soldier and two civilians on the
// Pakistani side" is 1 and 2, no toll of 3. Nil when the list is no such
// pair.
func (a *analysis) sidedListParts(l victimList) []Deaths {
	toks := a.d.toks
	if l.items != 2 || l.count < 2 {
		return nil
	}
	c1, lim1, ap1, ok := a.victimItem(l.first, asObject, false)
	if !ok || lim1+1 >= len(toks) || toks[lim1].lower != "and" {
		return nil
	}
	c2, lim2, ap2, ok := a.victimItem(lim1+1, asObject, true)
	if !ok || c1+c2 != l.count {
		return nil
	}
	s1, s2 := a.partSide(l.first, lim1), a.partSide(lim1+1, lim2)
	if s1 == "" || s2 == "" || s1 == s2 {
		return nil
	}
	// sides of a fight, not two victims' nationalities ("killed a British
	// guard and a Romanian crew member" is one toll of 2): a side written
	// as such, or a force's people on each side
	if a.sideAfter(lim1) == "" && a.sideAfter(lim2) == "" && !(a.securityNounEnds(l.first, lim1) && a.securityNounEnds(lim1+1, lim2)) {
		return nil
	}
	return []Deaths{
		a.listFigure(victimList{count: c1, first: l.first, approx: ap1}, l.first, lim1, ruleDeathObject),
		a.listFigure(victimList{count: c2, first: lim1 + 1, approx: ap2}, lim1+1, lim2, ruleDeathObject),
	}
}

// periodWords frame a tally as a period's: "last year", "annually".
var periodWords = wordList("period-word")

// periodTally reports a frame of a period in the sentence of the figure
// at first: a year written as such ("in 2020 alone") or a word of one
// ("last year", "over the decade").
func (a *analysis) periodTally(first int) bool {
	toks := a.d.toks
	s := a.d.sents[toks[first].sent]
	for k := s.first; k < s.lim; k++ {
		if periodWords.hasToken(&toks[k]) {
			return true
		}
		if k != first && toks[k].kind == tNum {
			if a.yearAt(k) {
				return true
			}
		}
	}
	return false
}
