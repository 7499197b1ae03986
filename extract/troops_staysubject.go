package extract

// A bare number that is the subject of its clause and says where the
// personnel told just before are or will be: "Fewer than 1,500 will
// remain, all of them at Erbil", "fewer than 1,000 now remain", "Around
// 300 are currently deployed", "an officer said roughly 2,000 would be
// home by the end of the month", "officials believe at least 1,000 are
// in the region". movedSubject reads the plainer "1,800 had left their
// positions"; this rule lets adverbs stand in the verb's chain, the
// clause be reported, and the verb be one of staying or of being
// somewhere.

// ruleTroopStaySubject names the figures of staySubject.
const ruleTroopStaySubject = "number-stays"

// reportVerbs open a reported clause whose subject a bare number may
// be, besides the verbs of speech: "officials believe at least 1,000 are
// in the region".
var reportVerbs = wordList("report-verb")

// stayUntil open a phrase of time after a verb of staying: "will remain
// after the spring", "stay until March".
var stayUntil = closedSet("after", "until", "till", "beyond", "through", "past", "by", "for", "once", "when")

// staySubject reads the bare number n opening its clause, whose verb
// moves the personnel, posts them or says where they stay, after
// personnel told in its sentence or the one before.
func (a *analysis) staySubject(n number, rule string) (Troops, bool) {
	toks := a.d.toks
	if n.value < 2 || a.isYear(n) || !a.subjectNumberOpens(n) {
		return Troops{}, false
	}
	e := n.lim
	for e < len(toks) && toks[e].sent == toks[n.first].sent && (auxWords.hasToken(&toks[e]) || parallelAdverbAt(toks, e) || toks[e].lower == "currently") {
		e++
	}
	if e >= len(toks) || toks[e].sent != toks[n.first].sent || e == n.lim && !stayVerbs.hasToken(&toks[e]) && !beAux.hasToken(&toks[e]) {
		return Troops{}, false // "300 soldiers": a verb must follow, "2,000 deployed" is no clause
	}
	if !a.stayPredicate(e) {
		return Troops{}, false
	}
	// the personnel of a troop figure of the sentence or the one before,
	// else personnel a verb of sending moves there: not "Soldiers clashed
	// with protesters. Officials said 2,000 were in the square"
	unit, country := "", ""
	if l := a.lastFigure; l.unit != "" && int(toks[n.first].sent)-l.sent <= 1 {
		unit, country = l.unit, l.country
	} else if u, c, ok := a.deployedPersonnelBefore(n.first); ok {
		unit, country = u, c
	}
	if unit == "" || a.isCasualty(n.hedge, e+1) {
		return Troops{}, false
	}
	return a.makeTroops(n, e+1, country, unit, rule), true
}

// subjectNumberOpens reports the number n opening its clause: at its
// sentence's start, after the comma of an opening phrase, or right after
// a verb of speech or belief ("said roughly 2,000 would", "believe at
// least 1,000 are"), perhaps with its "that".
func (a *analysis) subjectNumberOpens(n number) bool {
	toks := a.d.toks
	if toks[n.hedge].sentStart {
		return true
	}
	k := n.hedge - 1
	if toks[k].text == "," {
		return true
	}
	if toks[k].lower == "that" && k > 0 {
		k--
	}
	return a.speechVerbAt(k) == k || reportVerbs.hasToken(&toks[k])
}

// stayPredicate reports the verb at e of a bare number's clause as one
// that moves personnel ("will leave"), posts them ("are deployed"), or
// keeps them somewhere: a verb of staying that ends its clause or opens a
// place ("will remain, all of them at Erbil", "remain in Iraq"), or a
// verb of being before a place, "home" or "back" ("are in the region",
// "would be home"); "remain in hospital" and "are in custody" hold the
// hurt and the held.
func (a *analysis) stayPredicate(e int) bool {
	toks := a.d.toks
	t := &toks[e]
	if movedVerbs.hasToken(t) && t.lower != "ready" || sentParticiples.hasToken(t) && e > 0 && beAux.hasToken(&toks[e-1]) {
		return a.movedPhraseEnds(e + 1)
	}
	if stayVerbs.hasToken(t) {
		f := e + 1
		if f >= len(toks) || toks[f].sent != t.sent || toks[f].text == "," || toks[f].kind == tPunct && toks[f].text != "-" || stayUntil.hasToken(&toks[f]) {
			return true // "will remain, all of them at Erbil", "will remain after the spring"
		}
		return a.numberIsSomewhere(e)
	}
	// the chain of auxiliaries ends in a verb of being: "would be home",
	// "are in the region"
	b := e - 1
	for b > 0 && parallelAdverbAt(toks, b) {
		b--
	}
	if b < 0 || !beAux.hasToken(&toks[b]) {
		return false
	}
	return t.lower == "home" || t.lower == "back" || a.numberIsSomewhere(b)
}

// movedPhraseEnds reports the phrase after a verb of moving at f as one
// of place or time, or the clause's end: "will leave by May", "arrived
// in Juba", "are deployed along the Nile"; not "will leave the army".
func (a *analysis) movedPhraseEnds(f int) bool {
	toks := a.d.toks
	if f >= len(toks) || toks[f].sent != toks[f-1].sent || toks[f].kind == tPunct {
		return true
	}
	if (toks[f].lower == "to" || toks[f].lower == "into") && f+1 < len(toks) {
		return a.placeAfterTo(f)
	}
	// "are deployed along the Nile": a named place after a preposition of place
	return ellipsisEnds.hasToken(&toks[f]) || verbParticles.hasToken(&toks[f]) || a.placePhraseAt(f)
}

// asideThenVerb reports a comma at e that opens an aside of at most a
// dozen words closed by a comma, after which the clause's auxiliary
// follows: "A further 1,200, drawn mainly from the Norrbotten Regiment,
// will be placed under NATO command" is the subject of its clause.
func (a *analysis) asideThenVerb(e int) bool {
	toks := a.d.toks
	if e >= len(toks) || toks[e].text != "," {
		return false
	}
	for c := e + 1; c < len(toks) && c <= e+13 && toks[c].sent == toks[e].sent; c++ {
		if toks[c].text == "," {
			return c+1 < len(toks) && toks[c+1].sent == toks[e].sent && (auxWords.hasToken(&toks[c+1]) || movedVerbs.hasToken(&toks[c+1]))
		}
		if toks[c].kind == tNum || toks[c].kind == tQuote {
			return false
		}
	}
	return false
}
