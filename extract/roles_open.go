package extract

import "strings"

// Role phrases no list names: an apposition whose head is a noun shaped
// like an agent's ("procurement specialist", "site supervisor") names an
// official only when its own complement names a body ("at the World Food
// Programme"): the body is what makes the role an office. Nouns for
// private persons ("a student at", "a supporter of") stay out.

// openRoleSuffixes end nouns for someone who does a job: "-er", "-or",
// "-ist", "-ian", "-ant", "-ent" (words_people.tsv role-suffix).
var openRoleSuffixes = wordList("role-suffix")

// notRoleSuffixes end nouns for things that the agents' endings would
// take: "procurement", "management" (words_people.tsv not-role-suffix).
var notRoleSuffixes = wordList("not-role-suffix")

// openRoleHeads are role nouns without such an ending: "head", "chief",
// "staffer" (words_people.tsv open-role-head).
var openRoleHeads = wordList("open-role-head")

// noOfficeAgents end as agent nouns do but hold no office of the body
// after them: "a customer at", "a survivor of", "a lecturer at"
// (words_people.tsv no-office-agent).
var noOfficeAgents = wordList("no-office-agent")

// openComplementPreps introduce the body an open role serves.
var openComplementPreps = closedSet("of", "at", "for", "with")

// openRoleNoun reports a lower-case word at k that may head a role the
// lists lack: an agent's ending, or an open role head, and no private
// person's, relative's or sufferer's noun.
func (a *analysis) openRoleNoun(k int) bool {
	t := &a.d.toks[k]
	if t.kind != tWord || t.cap || len(t.lower) < 5 || strings.HasSuffix(t.lower, "s") && !strings.HasSuffix(t.lower, "ss") {
		return false
	}
	if noOfficeAgents.hasToken(t) || privatePerson.hasToken(t) || a.lx.kin[t.lower] != 0 || a.lx.speech[t.lower] != "" {
		return false
	}
	if openRoleHeads.hasToken(t) {
		return true
	}
	for suf := range notRoleSuffixes.words() {
		if strings.HasSuffix(t.lower, suf) {
			return false
		}
	}
	for suf := range openRoleSuffixes.words() {
		if strings.HasSuffix(t.lower, suf) {
			return true
		}
	}
	return false
}

// openBodyAhead reports "of/at/for/with" at k and a body's name after it
// (after "the" and a place's possessive): a body the gazetteer holds, or a
// capitalised name that holds a body's word ("Pacific Timber Holdings",
// "the Civil Aviation Authority"). A state or a name alone ("a historian
// of Russia", "a backer of Brexit") makes no office of the noun.
func (a *analysis) openBodyAhead(k int) bool {
	j := a.openBodyStart(k)
	if j < 0 {
		return false
	}
	if o, ok := a.orgAtTok(j); ok && o.first == j {
		return true
	}
	return a.openBodyKind(j) != ""
}

// openBodyStart returns the first word of the capitalised name after the
// preposition at k, past "the" and a place's possessive ("at Moscow's
// Sovlink Securities"), or -1.
func (a *analysis) openBodyStart(k int) int {
	toks := a.d.toks
	if k+1 >= len(toks) || !openComplementPreps.hasToken(&toks[k]) {
		return -1
	}
	j := k + 1
	if toks[j].lower == "the" && j+1 < len(toks) {
		j++
	}
	if pi := a.placeAt[j]; pi >= 0 && a.places[pi].first == j && a.places[pi].possessive {
		j = a.places[pi].lim + 1
	}
	if j >= len(toks) || toks[j].kind != tWord || !toks[j].cap || a.personAt[j] >= 0 || toks[j].para != toks[k].para {
		return -1
	}
	return j
}

// openBodyKind says what the capitalised name at j names by its words:
// "state" for a state's institution ("Civil Aviation Authority"),
// "nonstate" for a union, a firm, an outlet or its members' body ("Baltic
// Ferry Company", "Dairy Farmers of Canada"), "" for none.
func (a *analysis) openBodyKind(j int) string {
	toks := a.d.toks
	e := a.nameRunEnd(j)
	kind := ""
	for x := j; x < e; x++ {
		switch a.lx.bodyWords[toks[x].lower].kind {
		case "state":
			return "state"
		case "body", "company", "media":
			kind = "nonstate"
		}
	}
	if kind == "" && a.peopleNamedBody(j, e) {
		kind = "nonstate"
	}
	return kind
}

// openRoleAfter reads up to three lower-case words ending in an open role
// noun before a body's complement ("procurement specialist at", "site
// supervisor for") or after a body's possessive ("the WFP's procurement
// specialist"). titleAfter keeps the title only if a body or a state
// owns it.
func openRoleAfter(a *analysis, s *appositionScan, k int) (int, stepVerdict) {
	toks := a.d.toks
	if s.w.hasHead {
		return a.openRoleAfterHead(s, k)
	}
	for h := k; h < k+3 && h < len(toks); h++ {
		t := &toks[h]
		if t.kind != tWord || t.cap || npFunctionWords.hasToken(t) {
			return k, stepPass
		}
		if !a.openRoleNoun(h) || !a.openBodyAhead(h+1) && !a.ownedOpenRole(s, k, h) {
			continue
		}
		for x := k; x <= h; x++ {
			s.words = append(s.words, x)
		}
		s.lastHead, s.w.head, s.w.hasHead, s.w.weak, s.open = len(s.words), t.lower, true, false, true
		s.openNonState = a.openNonStateBody(h + 1)
		return h + 1, stepTake
	}
	return k, stepPass
}

// nounGoesOn reports a lower-case content word at k, which the noun phrase
// goes on with: "procurement" is no head before "specialist".
func (a *analysis) nounGoesOn(k int) bool {
	if k >= len(a.d.toks) {
		return false
	}
	t := &a.d.toks[k]
	return t.kind == tWord && !t.cap && !npFunctionWords.hasToken(t) && !openComplementPreps.hasToken(t) && t.lower != "in"
}

// openRoleAfterHead reads an open role noun right after a listed role noun
// that qualifies it, before a body's complement: "chief steward of the
// Athletics Federation", "deputy registrar at". It becomes the head.
func (a *analysis) openRoleAfterHead(s *appositionScan, k int) (int, stepVerdict) {
	if s.lastHead != len(s.words) || len(s.words) == 0 || s.words[len(s.words)-1] != k-1 || !a.openRoleNoun(k) || !a.openBodyAhead(k+1) {
		return k, stepPass
	}
	s.words = append(s.words, k)
	s.lastHead, s.w.head, s.w.weak, s.open = len(s.words), a.d.toks[k].lower, false, true
	s.openNonState = a.openNonStateBody(k + 1)
	return k + 1, stepTake
}

// ownedOpenRole reports an open role noun at h, its phrase opening at k,
// that a body's possessive owns and that ends the phrase: "the WFP's
// procurement specialist,". A body's name alone before it ("a Tory
// backbencher") or a short noun ("the party's offer") may name no office.
func (a *analysis) ownedOpenRole(s *appositionScan, k, h int) bool {
	toks := a.d.toks
	if s.w.org == "" || k == 0 || a.nounGoesOn(h+1) || len(toks[h].lower) < 7 {
		return false
	}
	p := toks[k-1].lower
	return p == "'s" || p == "'"
}

// compoundAfterHead reads a lower-case noun right after an open head
// ("chief", "head") when a role noun follows within three words: the head
// qualifies a longer title, "chief human resources officer", whose role
// noun becomes the head; without one the title still ends at "chief".
func compoundAfterHead(a *analysis, s *appositionScan, k int) (int, stepVerdict) {
	t := &a.d.toks[k]
	if !s.w.hasHead || s.lastHead != len(s.words) || len(s.words) == 0 || s.words[len(s.words)-1] != k-1 || !openRoleHeads.has(s.w.head) {
		return k, stepPass
	}
	if t.kind != tWord || t.cap || !a.roleAhead(k+1, 3) || a.lx.speech[t.lower] != "" || npFunctionWords.hasToken(t) || a.roleKind(k) != 0 {
		return k, stepPass
	}
	s.words = append(s.words, k)
	s.w.hasHead = false
	return k + 1, stepTake
}

// openNonStateBody reports a body after the preposition at k that the
// gazetteer does not hold and whose words make it no state's: "at Dongwon
// Investment Trust Management" gives no state to the role, whatever the
// story is about.
func (a *analysis) openNonStateBody(k int) bool {
	j := a.openBodyStart(k)
	if j < 0 {
		return false
	}
	if _, ok := a.orgAtTok(j); ok {
		return false
	}
	return a.openBodyKind(j) == "nonstate"
}
