package extract

import "strings"

// A body that no gazetteer holds but whose name or description says it is
// a state's own agency: "the BC Wildfire Service", "the National Emergency
// Management Organisation", "the national mining regulator, Sernageomin".
// Its officials hold that state's office (GUIDELINES: country is the state
// the role belongs to; organization only a non-state body's).

// stateAgencyHeads are the head words of a state agency's name
// (words_people.tsv state-agency-head); stateAgencyModifiers the words
// opening a name that make it a state's ("National Weather Service")
// (state-agency-modifier); stateDescriptors the lower-case words that
// describe a body named in an apposition as a state's ("the national mining
// regulator, NAME") (state-descriptor); notAgencyWords the words of the
// names of bodies that bear such heads and are no state agency
// ("Anadolu News Agency", "International Energy Agency")
// (not-agency-word).
var (
	stateAgencyHeads     = wordList("state-agency-head")
	stateAgencyModifiers = wordList("state-agency-modifier")
	stateDescriptors     = wordList("state-descriptor")
	notAgencyWords       = wordList("not-agency-word")
	modifierOnlyHeads    = closedSet("institute", "organisation", "organization")
	// nameOpenedHeads are heads a place's name must open, not its
	// adjective (words_people.tsv name-opened-head)
	nameOpenedHeads = wordList("name-opened-head")
	// stateItselfAlone name only the state itself when they stand alone as
	// a body's name ("Federation" alone is as often a sports federation's)
	stateItselfAlone = closedSet("republic")
)

// stateAgencyRoles gives a role held for a body that is no gazetteer's and
// that its name or description shows to be a state's agency that state,
// and drops the body: the office is the state's.
func (a *analysis) stateAgencyRoles(used map[int]string, style, dateline string) {
	for _, p := range a.people {
		r := p.role
		if r == nil || r.country != "" || r.org == "" || r.orgKind != "" || a.gazetteerOrgNamed(r.org) {
			continue
		}
		first, lim, ok := a.orgNameSpan(r.org)
		if ok && lim == first+1 && isAcronym(r.org) {
			// "the BNGRC's director general": the name it stands for
			// after "Bureau National ... (BNGRC)" says whose body it is
			if f, l, spelled := a.bracketedName(r.org); spelled {
				first, lim = f, l
			}
		}
		if !ok {
			continue
		}
		c, agency := a.stateAgencyName(first, lim)
		if !agency {
			c, agency = a.statePossessedName(first, lim) // "Ukraine's Coordination Headquarters"
		}
		// "the Republic" alone is the state itself: "the National Council
		// for the Safeguard of the Republic ... Its spokesman"
		agency = agency || lim == first+1 && stateItselfAlone.hasToken(&a.d.toks[first])
		if !agency && !a.describedAsStateBody(r.org) {
			// "NAME, the state weather agency,": the state its name opens with
			if dc, described := a.describedStateAgency(r.org); described {
				c, agency = dc, true
			}
		}
		if !agency && !a.describedAsStateBody(r.org) {
			// "Indonesia's search and rescue agency, Basarnas,"
			c, agency = a.apposedAgencyState(r.org)
		}
		if !agency && !a.describedAsStateBody(r.org) && (a.agencySpeaksFor(r.org) || a.placeOwnerBody(r, r.org)) {
			c, agency = "", true // "Conaf ..., the agency said"; "Mai-Ndombe's provincial interior minister"
		}
		if !agency && !a.describedAsStateBody(r.org) {
			continue
		}
		org := r.org
		if c == "" {
			r.org = "" // the state is the context's: "the National Emergency Management Office" in Tonga
			c = a.agencyContextState(p, r, used, style, dateline)
		}
		if c == "" {
			r.org = org
			continue
		}
		r.country, r.org, r.nonState = c, "", false
	}
}

// orgNameSpan finds the first place the body's name is written in full
// and returns its tokens [first, lim).
func (a *analysis) orgNameSpan(org string) (int, int, bool) {
	toks := a.d.toks
	for k := range toks {
		if !a.writtenAt(k, org) {
			continue
		}
		end := int(toks[k].start) + len(org)
		for j := k; j < len(toks) && int(toks[j].start) < end; j++ {
			if int(toks[j].end) == end {
				return k, j + 1, true
			}
		}
	}
	return 0, 0, false
}

// stateAgencyName reads a name [first, lim) whose head (its last word
// before "of", "for" or "on") is a state agency's and that opens with a
// state's or a region's name or adjective ("BC Wildfire Service": Canada)
// or with "National", "Federal" ("National Emergency Management Office":
// the state is the context's, ""). ok reports a state agency's name.
func (a *analysis) stateAgencyName(first, lim int) (state string, ok bool) {
	toks := a.d.toks
	head := lim - 1
	for k := first + 1; k < lim; k++ {
		if w := toks[k].lower; w == "of" || w == "for" || w == "on" {
			head = k - 1
			break
		}
		if notAgencyWords.hasToken(&toks[k]) {
			return "", false
		}
	}
	if notAgencyWords.hasToken(&toks[first]) {
		return "", false
	}
	if c, ok := a.namedStateBody(first, head, lim); ok {
		return c, true
	}
	if head <= first || !stateAgencyHeads.hasToken(&toks[head]) && !bareAgencyHeads.hasToken(&toks[head]) {
		return "", false
	}
	if !toks[head].cap && a.placeAt[first] < 0 {
		return "", false // "the Aamin ambulance service": a brand and a common noun, no agency's name
	}
	// an institute or an organisation is a state's only after "National"
	// and as the name's last word: "Australian Strategic Policy Institute"
	// is a think tank, "National Organization for Women" a movement
	if modifierOnlyHeads.hasToken(&toks[head]) && (head != lim-1 || !stateAgencyModifiers.hasToken(&toks[first])) {
		return "", false
	}
	if pi := a.placeAt[first]; pi >= 0 {
		if m := a.places[pi]; m.code != "" && m.lim <= head && !m.ambiguous && (m.kind != sAdjective || !nameOpenedHeads.hasToken(&toks[head])) {
			return m.code, true
		}
		return "", false
	}
	// a head that names a state's body by itself needs no "National":
	// "the Environment Agency", "the Sámi Parliament"
	return "", stateAgencyModifiers.hasToken(&toks[first]) || bareAgencyHeads.hasToken(&toks[head])
}

// writtenAt reports a body's name org written from the capitalised token k.
func (a *analysis) writtenAt(k int, org string) bool {
	return a.d.toks[k].cap && strings.HasPrefix(a.d.text[a.d.toks[k].start:], org)
}

// writtenLast returns the token that ends org written from k (writtenAt):
// the readings of an apposition after the name start past it.
func (a *analysis) writtenLast(k int, org string) int {
	toks := a.d.toks
	e := k
	for e < len(toks) && int(toks[e].end) < int(toks[k].start)+len(org) {
		e++
	}
	return e
}

// describedAsStateBody reports a body named in an apposition to a
// description of it as a state's: "the national mining regulator,
// Sernageomin", "Sernageomin, the state mining regulator,".
func (a *analysis) describedAsStateBody(org string) bool {
	toks := a.d.toks
	for k := 2; k < len(toks); k++ {
		if !a.writtenAt(k, org) {
			continue
		}
		// before the name: "the ADJ ... NOUN, NAME"
		if toks[k-1].text == "," {
			for j := k - 2; j >= 0 && j >= k-6 && !toks[j].cap && toks[j].kind == tWord; j-- {
				if toks[j].lower == "the" {
					break
				}
				if stateDescriptors.hasToken(&toks[j]) && j > 0 && toks[j-1].lower == "the" {
					return true
				}
			}
		}
		// after the name: "NAME, the ADJ ... NOUN"
		e := a.writtenLast(k, org)
		if e+3 < len(toks) && toks[e+1].text == "," && toks[e+2].lower == "the" && stateDescriptors.hasToken(&toks[e+3]) {
			return true
		}
	}
	return false
}

// gazetteerOrgNamed reports a body of the gazetteer, found in the text,
// whose name is org: its own kind decides, not the words of its name.
func (a *analysis) gazetteerOrgNamed(org string) bool {
	for _, m := range a.orgs {
		if a.lx.orgs[m.org].Name == org {
			return true
		}
	}
	return false
}
