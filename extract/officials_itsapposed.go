package extract

// itsApposedBody reads the name set off by commas after a body's type
// noun that opens the sentence before "Its": "The utility, K-Electric, said
// in a statement ... Its spokesperson, NAME, said" is K-Electric's
// spokesperson, not the state's (r29f). The type is a firm's trade or a
// body that is no state's.
func (a *analysis) itsApposedBody(_ *role, prev sentence) itsAntecedent {
	toks := a.d.toks
	n, lo, e, ok := a.apposedTypedSubject(prev)
	if !ok {
		return itsAntecedent{}
	}
	if name := a.intlOrgName(lo); name != "" && a.orgs[a.orgAt[lo]].lim == e {
		return itsAntecedent{kind: itsNonState, body: name} // "The UN peacekeeping mission, MONUSCO, ... Its head"
	}
	// the type noun says it is a firm or a body that is no state's, or the
	// name says it is a company ("The ship's Greek manager, Aegean Crest
	// Shipping,": "manager" alone is no body's type)
	if !firmNouns.hasToken(&toks[n]) && !a.nonStateNoun(n) && a.lx.bodyWords[toks[e-1].lower].kind != "company" {
		return itsAntecedent{}
	}
	return itsAntecedent{kind: itsNonState, body: stripInvisible(a.d.text[toks[lo].start:toks[e-1].end])}
}

// apposedTypedSubject reads a subject opening prev as "The TYPE NOUN,
// NAME,": it returns the type's head noun n and the name's span [lo, e).
func (a *analysis) apposedTypedSubject(prev sentence) (n, lo, e int, ok bool) {
	toks := a.d.toks
	if toks[prev.first].lower != "the" {
		return 0, 0, 0, false
	}
	k := prev.first + 1
	for k < prev.lim && k <= prev.first+5 && (a.typeNounWord(k) || a.intlOrgName(k) != "") {
		k++
	}
	n = k - 1
	if pl := a.typeNounPlace(k, prev.lim); pl > k && n-1 > prev.first && a.intlOrgName(prev.first+1) != "" {
		k, n = pl, n-1 // "The UN office in Haiti, BINUH,": the place says where the body works
	}
	if n <= prev.first || k >= prev.lim || toks[k].text != "," || toks[n].cap {
		return 0, 0, 0, false
	}
	lo = k + 1
	if lo+1 < prev.lim && toks[lo].lower == "the" && toks[lo+1].cap {
		lo++ // "The group, the Estado Mayor de Bloques y Frente (EMBF),"
	}
	e, end := a.apposedNameEnd(lo, prev.lim)
	if e == lo || end >= prev.lim || toks[end].text != "," || a.placeAt[lo] >= 0 || a.personAt[lo] >= 0 {
		return 0, 0, 0, false
	}
	return n, lo, e, true
}

// typeNounPlace returns the end of a place at k after "in", before lim,
// that an international body's type phrase may carry ("The UN office in
// Haiti"), or k. A state's agency so placed is left to the place's state.
func (a *analysis) typeNounPlace(k, lim int) int {
	toks := a.d.toks
	if k < 2 || k >= lim || toks[k-1].lower != "in" {
		return k
	}
	pi := a.placeAt[k]
	if pi < 0 || a.places[pi].first != k || a.places[pi].possessive || a.places[pi].lim >= lim {
		return k
	}
	return a.places[pi].lim
}

// typeNounWord reports token k a word of a body's type phrase before its
// apposed name: a lower-case word, a possessive's "'s" ("the ship's"),
// or a state's adjective ("Greek manager").
func (a *analysis) typeNounWord(k int) bool {
	t := &a.d.toks[k]
	if t.kind == tWord && !t.cap || t.lower == "'s" || t.lower == "’s" {
		return true
	}
	pi := a.placeAt[k]
	return pi >= 0 && a.places[pi].kind == sAdjective && a.places[pi].first == k && a.places[pi].lim == k+1
}

// apposedNameEnd reads a body's name from lo, before lim: capitalised
// words, joined by a particle or connector written in lower case when a
// capitalised word follows ("Estado Mayor de Bloques y Frente", "Friends
// of the Earth"). It returns the end of the name and the token after it
// and after an acronym in brackets that may follow ("(EMBF)").
func (a *analysis) apposedNameEnd(lo, lim int) (e, end int) {
	toks := a.d.toks
	e = lo
	for k := lo; k < lim && toks[k].kind == tWord; k++ {
		if toks[k].cap {
			e = k + 1
			continue
		}
		if k == lo || !nameParticles.hasToken(&toks[k]) && !connectors.hasToken(&toks[k]) {
			break
		}
	}
	end = e
	if e+2 < lim && toks[e].text == "(" && isAcronym(toks[e+1].text) && toks[e+2].text == ")" {
		end = e + 3
	}
	return e, end
}

// itsApposedAgency reads "The TYPE agency, NAME," opening the sentence
// before "Its" as the body "Its" stands for when the description makes
// it a state's agency ("The prisons agency, SNAI, reported ... Its
// director, Colonel NAME,"): the subject is meant, not a body named later
// in that sentence. The office is the state's (stateAgencyRoles).
func (a *analysis) itsApposedAgency(_ *role, prev sentence) itsAntecedent {
	toks := a.d.toks
	n, lo, e, ok := a.apposedTypedSubject(prev)
	if !ok || !a.agencyHeadAt(n) {
		return itsAntecedent{}
	}
	c, ok := a.agencyPhraseBack(n)
	if !ok {
		return itsAntecedent{}
	}
	if c != "" {
		return itsAntecedent{kind: itsStateBody, state: c}
	}
	return itsAntecedent{kind: itsBodyNamed, body: stripInvisible(a.d.text[toks[lo].start:toks[e-1].end])}
}

// intlOrgName returns the name of the international body of the gazetteer
// whose mention covers token k ("the UN peacekeeping mission"), or "".
func (a *analysis) intlOrgName(k int) string {
	if m, ok := a.orgAtTok(k); ok {
		if o := a.lx.orgs[m.org]; o.Kind == "intl" {
			return o.Name
		}
	}
	return ""
}

// itsIntlSubject reads an international body of the gazetteer that opens
// the sentence before "Its" as its subject: "The U.N. Command (UNC) said
// ... \"...,\" its spokesman, NAME, said" is the command's spokesman, no
// state's, whatever state the story is set in (fx54). Only after a
// quotation, whose words the body's spokesman speaks.
func (a *analysis) itsIntlSubject(r *role, prev sentence) itsAntecedent {
	if r.titleLo < 1 || !a.afterOpeningQuote(r.titleLo-1) {
		return itsAntecedent{} // "The European Union criticised Zambia. Its president": Zambia's, read elsewhere
	}
	k := prev.first
	if k+1 < prev.lim && a.d.toks[k].lower == "the" {
		k++
	}
	name := a.intlOrgName(k)
	if name == "" || a.orgs[a.orgAt[k]].first != k {
		return itsAntecedent{}
	}
	return itsAntecedent{kind: itsNonState, body: name}
}
