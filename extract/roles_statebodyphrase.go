package extract

// stateBodyTails are lower-case nouns that end the name of a state's body
// after its adjective or possessive and that neither body_nouns.tsv nor
// body_words.tsv holds as a state's (words_people.tsv state-body-tail):
// "the Jordanian security services", "the Dutch coast guard".
var stateBodyTails = wordList("state-body-tail")

// stateBodyNoun reports a lower-case noun at k that names a state's body:
// a kind of body_nouns.tsv other than nonstate, a state's institution of
// body_words.tsv, a diplomatic post or a state-body tail.
func (a *analysis) stateBodyNoun(k int) bool {
	if k < 0 || k >= len(a.d.toks) || a.d.toks[k].cap {
		return false
	}
	return a.stateBodyWordAt(k)
}

// stateBodyWordAt is stateBodyNoun written either way: "Ministry" in
// "the Jordanian Interior Ministry".
func (a *analysis) stateBodyWordAt(k int) bool {
	if k < 0 || k >= len(a.d.toks) {
		return false
	}
	t := &a.d.toks[k]
	if t.kind != tWord {
		return false
	}
	if kind := a.bodyKindAt(k); kind != "" && kind != "nonstate" {
		return true
	}
	return a.isStateBodyWord(k) || diplomaticPosts.hasToken(t) || stateBodyTails.hasToken(t) || a.legislatureOrgan(k)
}

// legislatureAdjectives make the body noun after them a legislature's, a
// state's organ (words_people.tsv legislature-adjective): "the Dutch
// parliamentary defence committee", "a congressional panel".
var legislatureAdjectives = wordList("legislature-adjective")

// legislatureOrgan reports a body noun at k ("committee", "panel") with a
// legislature's adjective one or two words before it in lower case.
func (a *analysis) legislatureOrgan(k int) bool {
	toks := a.d.toks
	if k < 1 || !a.bodyWordAt(k) && !stateBodyTails.hasToken(&toks[k]) {
		return false
	}
	for x := k - 1; x >= 0 && x >= k-2; x-- {
		if t := &toks[x]; t.kind != tWord || t.cap {
			return false
		} else if legislatureAdjectives.hasToken(t) {
			return true
		}
	}
	return false
}

// stateBodyPhraseEnd returns the token after a phrase of at most three
// words from e, all lower case or all capitalised, that ends in a state's
// body noun, read after a state's adjective or name ("the Jordanian |
// interior ministry", "| Armed Forces", "| border police"); e when there
// is none. The phrase stops at a body that is no state's ("the Kenyan |
// teachers' union") and at a name.
func (a *analysis) stateBodyPhraseEnd(e int) int {
	toks := a.d.toks
	end := e
	capped := e < len(toks) && toks[e].cap
	for k := e; k < len(toks) && k < e+3; k++ {
		t := &toks[k]
		if t.kind != tWord || t.cap != capped || connectors.hasToken(t) || a.bodyKindAt(k) == "nonstate" {
			break
		}
		if capped && (a.personAt[k] >= 0 || a.orgAt[k] >= 0 || a.placeAt[k] >= 0) {
			break // "the Jordanian King Abdullah", "the Kenyan Red Cross"
		}
		if a.stateBodyWordAt(k) || capped && organHeads.hasToken(t) {
			end = k + 1 // the longest: "the police | force"; "the Jordanian | Defence Committee"
		}
	}
	if capped && end < len(toks) && toks[end].cap && toks[end].kind == tWord {
		return e // the name goes on: "the Jordanian Army Football Club"
	}
	return a.portfolioOfEnd(end)
}

// portfolioOfEnd returns the token after "of" and one or two lower-case
// words that close a ministry's name at e and the phrase: "the Dutch
// ministry | of defence,". Else e: "the ministry of the interior" and "of
// defence and" go on.
func (a *analysis) portfolioOfEnd(e int) int {
	toks := a.d.toks
	if e < 1 || e+1 >= len(toks) || toks[e].lower != "of" || a.bodyKindAt(e-1) != "ministry" {
		return e
	}
	for x := e + 1; x < len(toks) && x <= e+2; x++ {
		t := &toks[x]
		if t.kind != tWord || t.cap || connectors.hasToken(t) || t.lower == "the" {
			return e
		}
		if x+1 >= len(toks) || toks[x+1].kind != tWord {
			return x + 1
		}
	}
	return e
}

// ownsStateBody reports that a state mention m, after prep in an
// apposition, opens the name of one of the state's own bodies, which
// makes the role the state's as "of" does: "a spokesman for the Jordanian
// interior ministry", "an official at the Dutch foreign ministry", "a
// colonel in the Emirati army", "an adviser to the Kenyan presidency". An
// envoy "to" a state's body serves it from outside; only an aide's head
// takes "to" as whose.
func (a *analysis) ownsStateBody(prep string, m placeMention, head string) bool {
	if prep == "of" || !bodyPrepOwns(prep, head) {
		return false
	}
	return !m.possessive && a.stateBodyPhraseEnd(m.lim) > m.lim
}

// stateBodyIn reports "in the Jordanian army", "in Jordan's security
// forces", "in the army of Jordan" at k: "in" before a state's own body,
// whose role it is, where "in Jordan" alone only says where the role is
// served.
func (a *analysis) stateBodyIn(k int) bool {
	toks := a.d.toks
	if k+1 >= len(toks) || toks[k].lower != "in" {
		return false
	}
	j := k + 1
	if toks[j].lower == "the" {
		j++
	}
	if m, isState := a.stateMentionAt(j); isState && (m.first == j || m.first == k+1) {
		e := m.lim
		if m.possessive {
			e++ // "in the Philippines' | coast guard"
		}
		return a.stateBodyPhraseEnd(e) > e
	}
	// "in the interior ministry of Britain", "in the police in Kenya": the
	// body's state follows it
	e := a.stateBodyPhraseEnd(j)
	if e == j || e+1 >= len(toks) {
		return false
	}
	if toks[e].lower == "in" {
		return a.stateBodyInState(e)
	}
	if toks[e].lower != "of" {
		return false
	}
	m, ok := a.stateNameAt(e + 1)
	return ok && !m.possessive
}

// stateNameAt returns the mention of a state by its name at j, or after
// "the" at j when the name leaves the article out ("the Netherlands" may
// be read either way).
func (a *analysis) stateNameAt(j int) (placeMention, bool) {
	for _, x := range [2]int{j, j + 1} {
		if x > j && (x >= len(a.d.toks) || a.d.toks[j].lower != "the") {
			break
		}
		if m, isState := a.stateMentionAt(x); isState && m.first == x && m.kind != sAdjective {
			return m, true
		}
	}
	return placeMention{}, false
}

// bodyInStateAt returns the state's mention after "in" at e when the
// words before it end in a state's body noun: "the interior ministry | in
// Kenya", "the police | in the Philippines". A mission abroad is left
// out: "the embassy in Kenya" is some other state's.
func (a *analysis) bodyInStateAt(e int) (placeMention, bool) {
	toks := a.d.toks
	if e < 1 || e+1 >= len(toks) || toks[e].lower != "in" || !a.stateBodyNoun(e-1) || diplomaticPosts.hasToken(&toks[e-1]) {
		return placeMention{}, false
	}
	m, ok := a.stateNameAt(e + 1)
	return m, ok && !m.possessive
}

// stateBodyInState reports "in" and a state's name at e after a state's
// body noun (bodyInStateAt).
func (a *analysis) stateBodyInState(e int) bool {
	_, ok := a.bodyInStateAt(e)
	return ok
}

// ownsStateBodyBefore is ownsStateBody for a complement read back from a
// name ("A colonel in the Dutch coast guard, NAME,"), where the state's
// name may also follow the body: "A spokesman for the navy of Jordan,",
// "for the police in Kenya,". j is the state's first token.
func (a *analysis) ownsStateBodyBefore(prep string, m placeMention, j int, head string) bool {
	if a.ownsStateBody(prep, m, head) {
		return true
	}
	if !bodyPrepOwns(prep, head) {
		return false
	}
	toks := a.d.toks
	x := j - 1
	if x >= 0 && toks[x].lower == "the" {
		x--
	}
	if x < 1 || toks[x].lower != "of" && toks[x].lower != "in" || m.kind == sAdjective {
		return false
	}
	return a.stateBodyNoun(x-1) && !(toks[x].lower == "in" && diplomaticPosts.hasToken(&toks[x-1]))
}

// indefiniteBody reports "a" or "an" at j before a state's adjective or
// name used as one and a body's noun: "a
// spokesman for a Filipino mining company" is read as "for the Filipino
// mining company" is, so that the body the adjective qualifies decides.
func (a *analysis) indefiniteBody(j int) bool {
	toks := a.d.toks
	if j+1 >= len(toks) || toks[j].lower != "a" && toks[j].lower != "an" {
		return false
	}
	m, isState := a.stateMentionAt(j + 1)
	if !isState || m.first != j+1 || m.possessive {
		return false
	}
	// the lower-case words after it end in a body's noun: "a Filipino
	// shipping firm", "a Filipino army unit", not "a US senator"
	last := -1
	for k := m.lim; k < len(toks) && k < m.lim+3 && toks[k].kind == tWord && !toks[k].cap; k++ {
		last = k
	}
	return last >= 0 && (a.bodyKindAt(last) != "" || a.stateBodyNoun(last))
}

// bodyWithin reports a body's name or noun between lo and hi, inclusive:
// a body of the gazetteer or a noun of body_nouns.tsv or body_words.tsv
// ("with the army of Jordan", "with the UAE's embassy in Paris"), where
// "with young voters" names none. A capitalised state's body word counts
// where it ends the phrase, as in a name: "with the Kenyan Air Force".
func (a *analysis) bodyWithin(lo, hi int) bool {
	for k := max(lo, 0); k <= hi && k < len(a.d.toks); k++ {
		if a.orgAt[k] >= 0 || a.bodyKindAt(k) != "" || a.stateBodyNoun(k) || a.bodyWordAt(k) || k == hi && a.stateBodyWordAt(k) {
			return true
		}
	}
	return false
}

// stateOfBodyInEnd reads "in" and a state's name after a state's body
// noun that no owner took ("a spokesman for the interior ministry in
// Kenya" is Kenya's ministry), gives the walk that state and returns the
// token after the name; k when there is none.
func (a *analysis) stateOfBodyInEnd(k int, w *titleWalk) int {
	if w.country != "" || w.org != "" || w.nonState || w.notState != "" {
		return k
	}
	m, ok := a.bodyInStateAt(k)
	if !ok {
		return k
	}
	w.country = m.code
	return m.lim
}

// stateBodyNamed reports a capitalised run [j, capEnd) that opens with
// the state mention m and goes on to the name of one of its bodies: "the
// Jordanian Interior Ministry", "the Dutch Coast Guard". A name that
// complementName would give a body of its own is left to it: "the
// Malaysian Ulama Council" is a religious body's.
func (a *analysis) stateBodyNamed(m placeMention, j, capEnd int) bool {
	if m.first != j || capEnd <= m.lim || a.stateBodyPhraseEnd(m.lim) != capEnd {
		return false
	}
	state, ok := a.bodyName(j, capEnd)
	return !(ok && (!state || a.communityBody(j, capEnd)))
}

// namedBodyOfState reads a capitalised body's name at j made of a state's
// body words only, then "of" or "in" and a state's name: "the Interior
// Ministry of Jordan", "the Air Force of the Netherlands", "the National
// Police in Kenya". Where prep makes the role the body's, the state is
// the role's; the phrase is left out of the title. It returns the token
// after the state's name.
func (a *analysis) namedBodyOfState(prep string, j int, w *titleWalk) (int, bool) {
	toks := a.d.toks
	if j >= len(toks) || !toks[j].cap || w.country != "" || w.org != "" {
		return j, false
	}
	x := a.stateBodyPhraseEnd(j)
	if x == j || x+1 >= len(toks) || toks[x].lower != "of" && toks[x].lower != "in" {
		return j, false
	}
	m, ok := a.stateNameAt(x + 1)
	if !ok || m.possessive || !bodyPrepOwns(prep, w.head) {
		return j, false
	}
	w.country = m.code
	return m.lim, true
}

// bodyPrepOwns reports a preposition that, before a state's body, makes
// the role the body's: "a spokesman for", "an official at/with/of", "a
// colonel in"; "to" only after an aide's head ("an adviser to").
func bodyPrepOwns(prep, head string) bool {
	switch prep {
	case "for", "at", "with", "in", "of":
		return true
	case "to":
		return aideHeads.has(head)
	}
	return false
}
