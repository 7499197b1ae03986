package extract

// partyOnlyOffices are party offices no state body has, so an acronym
// before one names a party (words_people.tsv party-only-office).
var partyOnlyOffices = wordList("party-only-office")

// itsParty returns the party that "its" or "their" before a party
// office stands for, when the subject it refers to is a name the text
// calls a party: "The liberal NEOS, the third party in the talks, said
// ... Its leader, NAME,", "The Green-Labour alliance ... Its
// parliamentary leader", "Renamo, the largest opposition party, called
// ...; their leader, NAME,". "" for any other subject ("Republika
// Srpska, passed laws ... Its leader": no party).
func (a *analysis) itsParty(r *role) string {
	toks := a.d.toks
	k, lim, ok := a.possessorName(r, false)
	if !ok || a.personAt[k] >= 0 {
		return ""
	}
	if party := a.itsKnownParty(k, lim); party != "" {
		return party // "The Socialists and Democrats, ..., though its leader"
	}
	e := a.capRunEnd(k)
	if e <= k || e >= lim {
		return ""
	}
	if t := &toks[e]; t.kind == tWord && !t.cap && partyKinds.hasToken(t) {
		return stripInvisible(a.d.text[toks[k].start:t.end]) // "The Green-Labour alliance"
	}
	if toks[e].text == "," && a.partyApposition(e+1, lim) {
		return stripInvisible(a.d.text[toks[k].start:toks[e-1].end]) // "Renamo, the largest opposition party,"
	}
	if a.seatWinnerAfter(e, lim) {
		return stripInvisible(a.d.text[toks[k].start:toks[e-1].end]) // "the ITAK won 22 of the 38 seats. Its leader"
	}
	return ""
}

// possessorName returns the first capitalised token k of the subject
// that "their" (or, unless theirOnly, "its") before r's title refers
// back to, past up to two lower-case words ("The liberal NEOS", "the
// opposition"), and the end of the subject's span; ok is false when the
// subject opens with no name, or with a place that opens none.
func (a *analysis) possessorName(r *role, theirOnly bool) (k, lim int, ok bool) {
	toks := a.d.toks
	i := r.titleLo - 1
	if i < 1 || i >= len(toks) || toks[i].lower != "their" && (theirOnly || toks[i].lower != "its") {
		return 0, 0, false
	}
	if k, lim, ok = a.possessorSpan(i); !ok {
		return 0, 0, false
	}
	lim = min(lim, i)
	for n := 0; n < 2 && k < lim && toks[k].kind == tWord && !toks[k].cap; n++ {
		k++
	}
	if k >= lim || !toks[k].cap || a.placeAt[k] >= 0 && !a.adjectiveOpensName(k, lim) && !a.placeOpensBody(k) {
		return 0, 0, false
	}
	return k, lim, true
}

// partyApposition reports an apposition from token j up to the next
// comma that a party noun ends: "the third party in the talks", "the
// largest opposition party", "Galić's party".
func (a *analysis) partyApposition(j, lim int) bool {
	toks := a.d.toks
	for k := j; k < lim && k < j+8; k++ {
		t := &toks[k]
		if t.text == "," || t.kind != tWord && t.lower != "'s" {
			return false
		}
		if !t.cap && partyKinds.hasToken(t) {
			return true
		}
	}
	return false
}

// acronymParty returns the party an unknown acronym opening a party
// office's title names: "GPS chief whip NAME" after "Gabungan Parti
// Sarawak" is that party's whip; the acronym itself when no body the
// article named before spells it. A state's body is written with its
// state's name, and a known acronym (UN, FBI) is a body of the gazetteer.
func (a *analysis) acronymParty(r *role) string {
	toks := a.d.toks
	lo := r.titleLo
	if lo < 0 || lo+1 >= r.titleHi || r.titleHi > len(toks) {
		return ""
	}
	t := &toks[lo]
	if t.kind != tWord || !isAcronym(t.text) || a.placeAt[lo] >= 0 || a.orgAt[lo] >= 0 || a.personAt[lo] >= 0 {
		return ""
	}
	for _, e := range a.orgs {
		if e.first >= lo {
			break
		}
		if e.lim-e.first > 1 && nameInitials(toks[e.first:e.lim]) == t.text {
			return a.lx.orgs[e.org].Name
		}
	}
	return t.text
}
