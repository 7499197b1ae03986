package extract

// A state's body whose name carries no "National" or state before its head
// still holds that state's office (GUIDELINES: country is the state the
// role belongs to; dev gold: "Clearwater police", "Federal Reserve Bank of
// New York"): "the Environment Agency", "the Sámi Parliament", "the
// Central Bank of Tunisia", "the Seimas National Security and Defence
// Committee", "the Bureau National de Gestion des Risques (BNGRC)".

// bareAgencyHeads head a name that is a state's body by its head alone
// (words_people.tsv bare-agency-head); legislatureParts head a body of a
// legislature named before them (legislature-part); frontHeadAgencies open
// a name written head first, as French and Spanish write it ("Bureau
// National de ...", "Instituto Nacional de ...") (front-agency-head).
var (
	bareAgencyHeads  = wordList("bare-agency-head")
	legislatureParts = wordList("legislature-part")
	frontHeadAgency  = wordList("front-agency-head")
	// centralBankWords make a bank's name a state's central bank
	// (central-bank-word): "Central Bank of Tunisia", "Reserve Bank of
	// India"; not "National", which names commercial banks too ("National
	// Australia Bank")
	centralBankWords = wordList("central-bank-word")
)

// namedStateBody reads a body's name [first, lim) with its head at head
// (the last word before "of", "for", "on") for a state's body that the
// ordinary agency pattern misses: a part of a legislature of the gazetteer
// ("Seimas ... Committee"), a central bank ("Central Bank of Tunisia"), a
// name written head first ("Bureau National de ..."). state is the state
// its name gives, "" for the context's; ok reports such a body.
func (a *analysis) namedStateBody(first, head, lim int) (state string, ok bool) {
	toks := a.d.toks
	if oi := a.orgAt[first]; oi >= 0 && legislatureParts.hasToken(&toks[head]) {
		m := a.orgs[oi]
		if o := a.lx.orgs[m.org]; o.Kind == "agency" && o.Country != "" && m.lim <= head {
			return o.Country, true
		}
	}
	if toks[head].lower == "bank" {
		for k := first; k < lim; k++ {
			if notAgencyWords.hasToken(&toks[k]) {
				return "", false // "Central Bank of West African States"
			}
		}
		for k := first; k < head; k++ {
			if centralBankWords.hasToken(&toks[k]) {
				return a.stateAfterOf(head + 1), true
			}
		}
	}
	if a.utilityCorporation(first, head) {
		return a.places[a.placeAt[first]].code, true
	}
	if first+1 < lim && frontHeadAgency.hasToken(&toks[first]) && stateAgencyModifiers.hasToken(&toks[first+1]) {
		return "", true
	}
	return "", false
}

// stateAfterOf returns the state named unambiguously right after "of" at
// k ("Central Bank of Tunisia"), else "".
func (a *analysis) stateAfterOf(k int) string {
	toks := a.d.toks
	if k+1 >= len(toks) || toks[k].lower != "of" {
		return ""
	}
	if pi := a.placeAt[k+1]; pi >= 0 && a.places[pi].state && !a.places[pi].ambiguous {
		return a.places[pi].code
	}
	return ""
}

// bracketedName returns the token span of the name that a bracketed
// acronym at token k spells out, "Tunisian Football Federation (FTF)",
// "Bureau National de Gestion des Risques et des Catastrophes (BNGRC)",
// or that ", known as" introduces ("the National Service for ... of
// Liberty, known as SNAI,"): the capitalised run, with its lower-case
// joiners, right before the bracket or the comma where the acronym is
// first introduced; ok false if none.
func (a *analysis) bracketedName(acronym string) (int, int, bool) {
	toks := a.d.toks
	for k := 2; k+1 < len(toks); k++ {
		if toks[k].text != acronym {
			continue
		}
		lim := k - 1
		if toks[k-1].text != "(" || toks[k+1].text != ")" {
			if k < 4 || toks[k-1].lower != "as" || toks[k-2].lower != "known" || toks[k-3].text != "," {
				continue
			}
			lim = k - 3
		}
		f := lim
		for f > 0 && lim-f < 12 && !toks[f].sentStart && toks[f-1].kind == tWord && toks[f-1].para == toks[k].para &&
			(toks[f-1].cap && toks[f-1].lower != "the" || !toks[f-1].cap && len(toks[f-1].text) <= 4) {
			f--
		}
		for f < lim && !toks[f].cap {
			f++
		}
		for lim > f && !toks[lim-1].cap {
			lim--
		}
		return f, lim, f+1 < lim
	}
	return 0, 0, false
}

// agencyContextState is the context's state for a role held for a state's
// body whose name gives none: roleState's, read as the body's office and
// not the role's title, since a state with no President still has bodies
// with presidents ("The Sámi Parliament's president" in Norway).
func (a *analysis) agencyContextState(p *person, r *role, used map[int]string, style, dateline string) string {
	probe := *r
	probe.title, probe.head = "official", "official"
	return a.roleState(p, &probe, used, style, dateline)
}

// utilityCorporation reports a corporation's name [first, head] that opens
// with a place inside a state and holds a public service's word ("Karachi
// Water and Sewerage Corporation", "Lagos Metropolitan Corporation"): a
// city's or a province's utility, where a city's name before a bare
// "Corporation" is as often a company's ("Boston Scientific Corporation").
func (a *analysis) utilityCorporation(first, head int) bool {
	toks := a.d.toks
	if toks[head].lower != "corporation" {
		return false
	}
	pi := a.placeAt[first]
	if pi < 0 || a.places[pi].state || a.places[pi].code == "" || a.places[pi].ambiguous {
		return false
	}
	for k := a.places[pi].lim; k < head; k++ {
		if publicServiceWords.hasToken(&toks[k]) {
			return true
		}
	}
	return false
}

// publicServiceWords name a public service that a city or province runs
// (words_people.tsv public-service-word): "Water", "Sewerage", "Metropolitan".
var publicServiceWords = wordList("public-service-word")

// bracketedBody returns the name that a bracketed acronym spells out before
// token before when that name is its members' own body, no state's ("the
// Tunisian Football Federation (FTF)": initials in another language's
// order) or a name its type noun introduces as no state's, else "".
func (a *analysis) bracketedBody(acronym string, before int) string {
	f, lim, ok := a.bracketedName(acronym)
	if !ok || f >= before {
		return ""
	}
	// or a name its type noun introduces as no state's: "State operator
	// Comboios de Portugal (CP)", as "the company" would
	typed := f > 0 && !a.d.toks[f-1].cap && a.lx.bodyKinds[a.d.toks[f-1].lower] == "nonstate"
	if g := a.bracketedPlainBody(f, lim); g >= 0 && !typed {
		if state, named := a.bodyName(g, lim); named && !state {
			return stripInvisible(a.d.text[a.d.toks[g].start:a.d.toks[lim-1].end])
		}
	}
	if state, named := a.bodyName(f, lim); typed || named && !state && a.membersBody(a.bodyHead(f, lim)) {
		return stripInvisible(a.d.text[a.d.toks[f].start:a.d.toks[lim-1].end])
	}
	return ""
}
