package extract

// A clause joined to a troop figure may repeat its count with the noun
// left out: "Italy leads the west with about 1,000 troops, while Spain
// commands the east with some 650", "it once had 2,200 troops; it now has
// fewer than 1,000", "Canada has 220 personnel there, and the Danes
// roughly 700", "2,916 personnel are authorised, but fewer than 1,900 are
// in the field". The bare number counts the same personnel; its state is
// the subject of its own clause, else the first figure's.

// ruleTroopParallel names figures of such a parallel clause.
const ruleTroopParallel = "parallel-elided"

// parallelVerbs hold personnel counted by a bare number in a parallel
// clause: "Spain keeps 650".
var parallelVerbs = wordList("parallel-verb")

// clauseJoiners open the parallel clause.
var clauseJoiners = wordList("clause-joiner")

// parallelTroops reads the bare number n of a clause joined to the troop
// figure read before it in the sentence.
func (a *analysis) parallelTroops(n number, rule string) (Troops, bool) {
	toks := a.d.toks
	sent := int(toks[n.first].sent)
	if a.lastFigure.sent != sent || a.lastFigure.unit == "" || n.value < 2 || a.isYear(n) || !a.parallelNumberEnds(n.lim) {
		return Troops{}, false
	}
	j := a.parallelJoinerBefore(n)
	if j < 0 {
		return Troops{}, false
	}
	country, ok := a.parallelClause(j+1, n)
	if !ok || a.isCasualty(n.hedge, n.lim) {
		return Troops{}, false
	}
	return a.makeTroops(n, n.lim, country, a.lastFigure.unit, rule), true
}

// parallelNumberEnds reports that no noun follows the number ending at e:
// the sentence's end, a mark, or a word that opens a place or a time.
func (a *analysis) parallelNumberEnds(e int) bool {
	toks := a.d.toks
	if e >= len(toks) || toks[e].sent != toks[e-1].sent {
		return true
	}
	t := &toks[e]
	return t.kind == tPunct && t.text != "-" && t.text != "%" || ellipsisEnds.hasToken(t) || beAux.hasToken(t) || stayVerbs.hasToken(t)
}

// parallelJoinerBefore returns the joiner that opens the number's clause,
// with no other number between them, or -1: "while" in "..., while Spain
// commands the east with some 650".
func (a *analysis) parallelJoinerBefore(n number) int {
	toks := a.d.toks
	first := a.d.sents[toks[n.first].sent].first
	for k := n.hedge - 1; k > first && k >= n.hedge-10; k-- {
		if toks[k].kind == tNum || mayBeNumber(&toks[k]) && toks[k].lower != "one" {
			return -1
		}
		if clauseJoiners.hasToken(&toks[k]) {
			return k
		}
	}
	return -1
}

// parallelClause reads the clause from f up to the number n: a subject and
// a verb of holding ("it now has"), a subject and "with" closing its
// predicate ("Spain commands the east with"), a subject alone (a gapped
// clause: "and the Danes roughly"), or nothing, the number the subject of
// a verb of being somewhere ("but fewer than 1,900 are in the field").
// It returns the clause's state, else the figure's before.
func (a *analysis) parallelClause(f int, n number) (string, bool) {
	toks := a.d.toks
	for f < n.hedge && parallelAdverbAt(toks, f) {
		f++ // "but only 600 remain"
	}
	if f == n.hedge {
		return a.lastFigure.country, a.numberIsSomewhere(n.lim)
	}
	country, e, ok := a.parallelSubject(f)
	if !ok {
		return "", false
	}
	if e == n.hedge {
		return country, country != "" // gapped: a state's own clause
	}
	v := n.hedge - 1
	for v > e && parallelAdverbAt(toks, v) {
		v--
	}
	if v < e {
		return "", false
	}
	if toks[v].lower == "with" {
		for k := e; k < v; k++ {
			if toks[k].kind != tWord || toks[k].cap && k > e || a.personnelWordAt(k) {
				return "", false // "with" in a predicate of lower-case words
			}
		}
		return country, v > e
	}
	for k := e; k < v; k++ {
		if !parallelAdverbAt(toks, k) {
			return "", false
		}
	}
	return country, haveAux.hasToken(&toks[v]) || parallelVerbs.hasToken(&toks[v])
}

// parallelSubject reads the subject opening a parallel clause at f: a
// state by name or capital, "the" and a plural demonym ("the Danes"), or
// "it"/"they" for the figure's holder. It returns the state ("" for a
// pronoun: the figure's before), the token after it and whether one was
// read.
func (a *analysis) parallelSubject(f int) (string, int, bool) {
	toks := a.d.toks
	if w := toks[f].lower; w == "it" || w == "they" {
		return a.lastFigure.country, f + 1, true
	}
	k := f
	if toks[k].lower == "the" {
		k++
	}
	m, ok := a.placeStartingAt(k)
	if !ok || !m.state || m.possessive || m.kind == sAdjective && !a.demonymPlural(m.lim-1) {
		return "", 0, false
	}
	return m.code, m.lim, true
}

// stayVerbs say where personnel counted by a bare number are: "fewer than
// 1,900 remain in the field".
var stayVerbs = wordList("stay-verb")

// heldPlaces after "in" hold the hurt or the held, no posting: "in
// hospital", "in custody".
var heldPlaces = wordList("held-place")

// numberIsSomewhere reports a verb of being or staying at e and a place or
// a posting after it: "are in the field", "remain on the ground", "were
// deployed".
func (a *analysis) numberIsSomewhere(e int) bool {
	toks := a.d.toks
	if e >= len(toks) || !beAux.hasToken(&toks[e]) && !stayVerbs.hasToken(&toks[e]) {
		return false
	}
	e++
	for e < len(toks) && parallelAdverbAt(toks, e) {
		e++
	}
	if e >= len(toks) {
		return false
	}
	switch toks[e].lower {
	case "in", "on", "at", "inside":
		// "are in hospital", "remain in custody", "are in the hospital":
		// the hurt and the held
		if e+2 < len(toks) && (toks[e+1].lower == "the" || toks[e+1].lower == "a") {
			e++
		}
		return e+1 < len(toks) && !heldPlaces.hasToken(&toks[e+1])
	case "there", "across", "along":
		return true
	}
	return postedParticiples.hasToken(&toks[e])
}

// personnelWordAt reports a personnel noun, weak or strong, at k.
func (a *analysis) personnelWordAt(k int) bool {
	_, lim := a.lx.personnel.match(a.d.toks, k, true)
	return lim > 0
}

// parallelAdverbAt reports an adverb at k that a parallel clause may hold
// before or after its verb: "now", "still", "only", "currently"; "today"
// opens the present's clause after a past figure ("entered Kosovo with
// about 50,000 troops; today it has about 4,500").
func parallelAdverbAt(toks []token, k int) bool {
	switch toks[k].lower {
	case "now", "still", "only", "just", "also", "today":
		return true
	}
	return isAdverb(toks[k])
}
