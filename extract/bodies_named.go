package extract

// Bodies named by a possessive inside their name, and offices that the
// subject of the sentence or the body named before holds (fx6o).

// possessiveNameEnd extends a capitalised run [j, capEnd) over "'s" and
// the capitalised words after it when these end in the head word of a
// body that is no state's: "the Harbour Fishermen's Union", "the
// Riverside Growers' Cooperative Federation" hold one name. An owner that
// that is a body, a state or a capital keeps its own ("the Senate's
// Ethics Committee" is the Senate's, "Peru's National Institute" Peru's).
// It returns the new end, or capEnd.
func (a *analysis) possessiveNameEnd(j, capEnd int) int {
	toks := a.d.toks
	if capEnd <= j || capEnd+1 >= len(toks) || toks[capEnd].lower != "'s" && toks[capEnd].lower != "’s" {
		return capEnd
	}
	if toks[capEnd].spaceBefore || !toks[capEnd+1].cap || toks[capEnd+1].kind != tWord || toks[capEnd+1].para != toks[j].para {
		return capEnd
	}
	if _, ok := a.bodyName(j, capEnd); ok || a.orgAt[j] >= 0 || a.personAt[j] >= 0 {
		return capEnd // "the Institute of Education's Centre": a part of the body before
	}
	if pi := a.placeAt[j]; pi >= 0 && (a.places[pi].state || a.places[pi].kind == sCapital) {
		return capEnd // "Congo's National Institute of Health": a state owns the body
	}
	e := a.capRunEnd(capEnd + 1)
	if e <= capEnd+1 {
		return capEnd
	}
	if state, ok := a.bodyName(capEnd+1, e); !ok || state {
		return capEnd
	}
	return e
}

// possessiveBodyBefore reads a complement [p+1, k] of "of" or "for" that
// is one body's name holding a possessive (possessiveNameEnd): "The head
// of the Harbour Fishermen's Union, NAME," holds the union's office, not
// that of the state a place in the name lies in. It reports whether it
// did.
func (a *analysis) possessiveBodyBefore(w *titleWalk, prep string, p, k int) bool {
	toks := a.d.toks
	j := p + 1
	if prep != "of" && prep != "for" || w.org != "" || j > k {
		return false
	}
	if toks[j].lower == "the" {
		j++
	}
	if j > k || !toks[j].cap || a.possessiveNameEnd(j, a.capRunEnd(j)) != k+1 || a.capRunEnd(j) == k+1 {
		return false
	}
	w.org, w.orgKind, w.nonState = stripInvisible(a.d.text[toks[j].start:toks[k].end]), "", true
	return true
}

// itsSubjectOffice reads the antecedent of "Its" opening a role's
// sentence from the subject that opens the sentence before, prev, when
// that subject is a party of the gazetteer and the office is the party's
// own ("The Rally Party urged calm. Its spokesman, NAME,"), a body named
// after its type ("The farmers' group AGRIVOX said ... Its spokeswoman")
// a state's body named "of" the state ("The Marine Safety Board of Chile
// said ... Its lead investigator") or a bare armed force or police of the
// story's home state ("The navy said ... Its spokesman, Captain NAME").
func (a *analysis) itsSubjectOffice(r *role, prev sentence) itsAntecedent {
	toks := a.d.toks
	k := a.reportedClauseStart(prev.first, prev.lim)
	if k < prev.lim && toks[k].lower == "the" {
		k++
	}
	if k >= prev.lim {
		return itsAntecedent{}
	}
	if o, ok := a.orgAtTok(a.pastStateAndModifiers(k, prev.lim)); ok && a.subjectEndsAt(a.pastAcronymGloss(o.lim, prev.lim), prev.lim) {
		if g := a.lx.orgs[o.org]; g.Kind == "party" && a.partyOffice(r) {
			return itsAntecedent{kind: itsPartyBody, body: g.Name}
		}
		return itsAntecedent{}
	}
	if c := a.ofStateBodySubject(k, prev.lim); c != "" && !a.privateTitle(r.title) {
		return itsAntecedent{kind: itsStateBody, state: c}
	}
	if name := a.typedSubjectName(k, prev.lim); name != "" {
		return itsAntecedent{kind: itsNonState, body: name}
	}
	if kind := a.bodyKindAt(k); !toks[k].cap && (kind == "military" || kind == "police") && a.subjectEndsAt(k+1, prev.lim) && a.bodyState(k) == "" {
		if c := a.homeForceState(kind); c != "" {
			return itsAntecedent{kind: itsStateBody, state: c}
		}
	}
	return itsAntecedent{}
}

// subjectEndsAt reports a subject that ends before token e of a sentence
// ending at lim: a comma or a lower-case verb follows it.
func (a *analysis) subjectEndsAt(e, lim int) bool {
	toks := a.d.toks
	if e >= lim {
		return false
	}
	return toks[e].text == "," || toks[e].kind == tWord && !toks[e].cap && (a.peopleClass(e, pcSpeech) || subjectVerbs.hasToken(&toks[e]) || a.lx.roleVerbs[toks[e].lower] == "" && !prepositions.hasToken(&toks[e]) && !connectors.hasToken(&toks[e]))
}

// typedSubjectName reads a subject at k made of a few lower-case words
// that end in a noun for a body that is no state's and the body's own
// capitalised name, no place, person or known body: "human rights group
// AGRIVOX said". It returns the name, or "".
func (a *analysis) typedSubjectName(k, lim int) string {
	toks := a.d.toks
	n := k
	for n < lim && n < k+4 && toks[n].kind == tWord && !toks[n].cap {
		n++
	}
	if n == k || n >= lim || !a.nonStateNoun(n-1) || !toks[n].cap {
		return ""
	}
	e := a.capRunEnd(n)
	if e == n && capitalWord(toks[n].text) {
		e = n + 1 // an acronym alone, which may read as a name: "rights group COFADEH said"
	}
	for j := n; j < e; j++ {
		if j == n && e == n+1 && capitalWord(toks[n].text) {
			continue
		}
		if a.placeAt[j] >= 0 || a.personAt[j] >= 0 || a.orgAt[j] >= 0 {
			return ""
		}
	}
	if e <= n || !a.subjectEndsAt(e, lim) {
		return ""
	}
	return stripInvisible(a.d.text[toks[n].start:toks[e-1].end])
}

// capitalWord reports a word of two or more capitals, an acronym of any
// length: "COFADEH" as well as "CPP".
func capitalWord(w string) bool {
	return len(w) >= 2 && capitalLetters(w)
}

// firmTitleNouns name a firm's type before its officer's title
// (words_people.tsv firm-title-noun).
var firmTitleNouns = wordList("firm-title-noun")

// typedTitleSubject returns the body that opens the sentence of a title
// opened by a lower-case noun for a body that is no state's: "Andes
// Airways Peru cancelled its flights, company spokeswoman NAME said" holds
// the airline's office. The subject is a capitalised run holding a word
// of a body's or a company's name, no person's, before a lower-case verb.
func (a *analysis) typedTitleSubject(r *role) string {
	toks := a.d.toks
	n := r.titleLo
	if r.titleLo < 1 || r.titleLo >= len(toks) {
		return ""
	}
	if !a.nonStateNoun(n) {
		n-- // the noun may be left out of the title: "company spokeswoman"
	}
	if !a.nonStateNoun(n) {
		return ""
	}
	s := a.d.sents[toks[r.titleLo].sent]
	k := s.first
	if toks[k].lower == "the" {
		k++
	}
	e := a.capRunEnd(k)
	if e <= k+1 || e >= r.titleLo || !a.subjectEndsAt(e, s.lim) || toks[e].text == "," {
		return ""
	}
	// the noun is the firm's type, or a word of the body's own name:
	// "union spokesman" after a firm names the union's man, no firm's
	firm, same := firmTitleNouns.hasToken(&toks[n]), false
	body := false
	for j := k; j < e; j++ {
		if a.personAt[j] >= 0 {
			return ""
		}
		same = same || toks[j].lower == toks[n].lower
		switch a.lx.bodyWords[toks[j].lower].kind {
		case "body", "company":
			body = true
		case "state":
			return ""
		}
	}
	if !body || !firm && !same {
		return ""
	}
	return stripInvisible(a.d.text[toks[k].start:toks[e-1].end])
}

// orgAfterDescriptionBack returns the body of the gazetteer named in an
// apposition right after a description that ends with the lower-case
// owner noun at o, before it in its sentence or the ownerReach before it:
// "The UN food agency, WFP, said ... the agency's deputy director" is
// WFP's; "" if none.
func (a *analysis) orgAfterDescriptionBack(o int) string {
	toks := a.d.toks
	from := a.d.sents[max(int(toks[o].sent)-ownerReach, 0)].first
	for k := o - 2; k >= from; k-- {
		if toks[k].cap || toks[k].lower != toks[o].lower || k+3 >= len(toks) || toks[k+1].text != "," {
			continue
		}
		if g, ok := a.orgAtTok(k + 2); ok && g.first == k+2 && g.lim < len(toks) && toks[g.lim].text == "," {
			return a.lx.orgs[g.org].Name
		}
	}
	return ""
}

// slashJoinedOrg reads a name at j of two parts joined by a slash with no
// space, one of them a body of the gazetteer that is no state's agency:
// "a spokesman for the FNL/UPR", an alliance's name with its armed wing's,
// and a noun for the body after it ("the AFC/M23 alliance").
// It records the whole name as the body of walk w and returns the token
// after it.
func (a *analysis) slashJoinedOrg(j int, w *titleWalk) (int, bool) {
	toks := a.d.toks
	if j+2 >= len(toks) || toks[j+1].text != "/" || toks[j+1].spaceBefore || toks[j+2].spaceBefore || !toks[j].cap || !toks[j+2].cap {
		return j, false
	}
	for _, k := range []int{j, j + 2} {
		if g, ok := a.orgAtTok(k); ok && g.first == k && g.lim <= j+3 && a.lx.orgs[g.org].Kind != "agency" {
			if w.org == "" {
				w.setOrg(a.lx.orgs[g.org])
				w.org = stripInvisible(a.d.text[toks[j].start:toks[j+2].end])
			}
			if a.nonStateNoun(j + 3) {
				return j + 4, true // "for the AFC/M23 alliance": the body's noun after its name
			}
			return j + 3, true
		}
	}
	return j, false
}

// companyAfterDescription returns the body named after an apposition's
// title, its at-, of- or for-phrase that describes the body by a
// lower-case noun for a body that is no state's, and a comma: "NAME, head
// of safety at the vessel's operator, Skarvik Shipping, said". The name is
// up to four capitalised words, the last a word of a company's or a
// body's name, closed by a comma or the sentence's end.
func (a *analysis) companyAfterDescription(r *role) string {
	toks := a.d.toks
	k := r.titleHi
	if r.rule != ruleApposition || k+3 >= len(toks) || !bodyObjectPreps.hasToken(&toks[k]) {
		return ""
	}
	n := k + 1
	for n < len(toks) && n < k+5 && toks[n].sent == toks[k].sent && toks[n].text != "," {
		n++
	}
	if n+1 >= len(toks) || toks[n].text != "," || !a.nonStateNoun(n-1) || !toks[n+1].cap {
		return ""
	}
	e, ok := a.closedNameAfter(n)
	if !ok {
		return ""
	}
	switch a.lx.bodyWords[toks[e-1].lower].kind {
	case "company", "body":
	default:
		return ""
	}
	if a.placeAt[n+1] >= 0 || a.personAt[n+1] >= 0 {
		return ""
	}
	return stripInvisible(a.d.text[toks[n+1].start:toks[e-1].end])
}

// partyLikeName reports a capitalised run [j, e) after a legislator's
// "from (the)" that ends in the head word of a body that is no state's and
// a mark or lower-case word after it: "a lawmaker from the opposition
// Civic Alliance," sits for a party or bloc the gazetteer lacks.
func (a *analysis) partyLikeName(j, e int) bool {
	toks := a.d.toks
	if e <= j || e >= len(toks) || toks[e].kind == tWord && toks[e].cap {
		return false
	}
	return a.lx.bodyWords[toks[e-1].lower].kind == "body" && a.bodyHead(j, e) == e-1
}

// ofStateBodySubject returns the state that closes the name of a body
// opening a sentence at k, "of" and the state's name after its head word:
// "The Marine Safety Board of Chile, which ..., said" is Chile's; a body
// of members keeps its own ("the Football Association of Chile").
func (a *analysis) ofStateBodySubject(k, lim int) string {
	toks := a.d.toks
	e := a.capRunEnd(k)
	if e <= k+2 || !a.subjectEndsAt(e, lim) {
		return ""
	}
	head := a.bodyHead(k, e)
	if _, ok := a.bodyName(k, e); !ok || head+2 >= e || toks[head+1].lower != "of" || memberBodyHeads.hasToken(&toks[head]) {
		return ""
	}
	m, ok := a.placeCovering(head + 2)
	if !ok || !m.state || m.kind != sName || m.lim != e {
		return ""
	}
	return m.code
}

// occupationAndRole steps over a lower-case noun that is no role, and
// "and", opening an apposition before a role noun: "NAME, a hydrologist
// and spokesman for the agency," holds the spokesman's title; the
// occupation before it is no office.
func occupationAndRole(a *analysis, s *appositionScan, k int) (int, stepVerdict) {
	toks := a.d.toks
	t := &toks[k]
	if s.w.hasHead || len(s.words) > 0 || t.kind != tWord || t.cap || k+2 >= len(toks) || toks[k+1].lower != "and" || toks[k+2].para != s.para {
		return k, stepPass
	}
	if a.roleKind(k) != 0 || !a.qualifiedRoleAt(k+2) || npFunctionWords.hasToken(t) || a.lx.speech[t.lower] != "" {
		return k, stepPass
	}
	return k + 2, stepTake
}

// pastStateAndModifiers returns the token after a state's possessive and
// up to two lower-case words that open a subject at k: "South Africa's
// ruling ANC", "the opposition BNP", "the Bosniak-led SDA"; else k.
func (a *analysis) pastStateAndModifiers(k, lim int) int {
	toks := a.d.toks
	j := k
	if m, ok := a.placeCovering(k); ok && m.state && m.possessive {
		j = m.lim
		if j < lim && toks[j].lower == "'s" {
			j++
		}
	}
	for n := 0; n < 2 && j < lim && toks[j].kind == tWord && (!toks[j].cap || ledCompound(toks[j].text)); n++ {
		j++
	}
	return j
}

// kindOrgBack returns the body of the gazetteer, no state's agency, that
// the lower-case owner noun at o stands for: the nearest one before it,
// in its sentence or the ownerReach before it, of a kind the noun may
// name ("UNHCR said ... NAME, the agency's representative" is UNHCR's).
// "" when the nearest of those kinds is a state's agency or a party, or
// there is none.
func (a *analysis) kindOrgBack(o int) string {
	toks := a.d.toks
	kinds := a.lx.bodyNounKinds[toks[o].lower]
	if len(kinds) == 0 {
		return ""
	}
	from := a.d.sents[max(int(toks[o].sent)-ownerReach, 0)].first
	for i := len(a.orgs) - 1; i >= 0; i-- {
		g := a.orgs[i]
		if g.first >= o || a.inDateline(g.first) {
			continue
		}
		if g.first < from {
			break
		}
		org := a.lx.orgs[g.org]
		if !slicesContain(kinds, org.Kind) {
			continue
		}
		if org.Kind == "agency" || org.Kind == "party" {
			return ""
		}
		return org.Name
	}
	return ""
}
