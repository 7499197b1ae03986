package extract

import (
	"slices"
	"strings"
)

// Party officers: a party's own offices (its leader, spokespeople,
// critics, shadow ministers, whips, candidates) are no state's; the
// party is the organization (GUIDELINES, Officials; the dev gold's "Tory
// leader", "Lib Dem foreign affairs spokesman", "opposition Labour Party
// leader"). A legislator's seat stays the state's, party or not.

// seatHeads are post-nominal seats written as role nouns
// (words_people.tsv seat-head).
var seatHeads = wordList("seat-head")

// seatHeld reports a person the article also gives a legislator's seat,
// among the person's roles or in an apposition after the name at r:
// "Liberal health critic NAME, the MPP for Ottawa South" keeps Canada.
func (a *analysis) seatHeld(p *person, r *role) bool {
	for i := range p.roles {
		if h := p.roles[i].head; legislatorHeads.has(h) || seatHeads.has(h) || a.memberSeat(&p.roles[i]) {
			return true
		}
	}
	toks := a.d.toks
	k := a.mentionEnd(r)
	if k < 0 || k >= len(toks) || toks[k].text != "," {
		return false
	}
	for j := k + 1; j+1 < len(toks) && j < k+5 && toks[j].text != ","; j++ {
		if (legislatorHeads.hasToken(&toks[j]) || seatHeads.hasToken(&toks[j])) && seatEnds(&toks[j+1]) {
			return true // ", a TD for Limerick City", ", the Labour MP for Hull"
		}
	}
	return false
}

// memberSeat reports a title that holds a member of a legislature: "an
// SJB member of parliament".
func (a *analysis) memberSeat(q *role) bool {
	for k := max(q.titleLo, 0); k < q.titleHi && k < len(a.d.toks); k++ {
		if a.memberOfLegislature(k) {
			return true
		}
	}
	return false
}

// seatEnds reports the token after a seat noun that ends the noun's
// phrase: ", a TD for Limerick", ", a deputy,"; not "deputy leader".
func seatEnds(t *token) bool {
	return t.kind != tWord || t.lower == "for" || t.lower == "from" || t.lower == "of" || t.lower == "in"
}

// partyOfficer gives a party officer whose title names no party the
// party the text ties to the person, with no state, and reports whether
// it did: "The shadow home secretary, NAME, said the Conservatives would
// ...", "Opposition leader
// NAME, of the conservative People's Party,", "The liberal NEOS, the third
// party in the talks, ... Its leader, NAME", "GPS chief whip NAME".
func (a *analysis) partyOfficer(p *person, r *role) bool {
	if r.country != "" || r.org != "" || r.nonState || a.seatHeld(p, r) {
		return false
	}
	party := ""
	switch {
	case a.frontbenchTitle(r):
		if party = a.partyAfterComma(p, r); party == "" {
			party = a.saidParty(r)
		}
	case r.head == "leader":
		party = a.partyAfterComma(p, r) // "Opposition leader NAME, of the ... Party,"
	}
	if party == "" && (partyOffices.has(r.head) || partyOwnedOffices.has(r.head) || a.generalSecretary(r)) {
		party = a.itsParty(r)
	}
	if party == "" && partyOnlyOffices.has(r.head) {
		if party = a.acronymParty(r); party == "" {
			party = a.frameParty(r)
		}
	}
	if party == "" && a.generalSecretary(r) {
		// "NPP general secretary NAME", "NAME, the NPP's general secretary,"
		if party = a.acronymParty(r); party == "" {
			party = a.possessedAcronymParty(r)
		}
	}

	if party == "" {
		return false
	}
	r.org, r.orgKind, r.nonState = party, "party", true
	return true
}

// frontbenchTitle reports an opposition frontbencher's title: a shadow
// minister's ("Shadow Treasurer", "the shadow defence secretary") or a
// critic's ("justice critic"); "Treasurer" alone is the state's.
func (a *analysis) frontbenchTitle(r *role) bool {
	return a.shadowTitle(r) || r.head == "critic"
}

// shadowTitle reports a shadow minister's title: "Shadow Treasurer",
// "the shadow defence secretary".
func (a *analysis) shadowTitle(r *role) bool {
	return slices.Contains(a.lowerFields(r.title), "shadow")
}

// mentionEnd is the token after the person's name at the role.
func (a *analysis) mentionEnd(r *role) int {
	if r.at < 0 || r.at >= len(a.personAt) || a.personAt[r.at] < 0 {
		return -1
	}
	return a.mentions[a.personAt[r.at]].lim
}

// saidParty returns the party that opens the clause the person says
// ("said the Conservatives supported"), the party
// the speaker speaks for; "" for any other clause ("said the ruling
// party had failed": the adjective marks another party).
func (a *analysis) saidParty(r *role) string {
	toks := a.d.toks
	k := a.mentionEnd(r)
	if k >= 0 && k < len(toks) && toks[k].text == "," {
		k++
	}
	if k < 0 || k >= len(toks) || !a.peopleClass(k, pcSpeech) || r.titleLo >= 0 && r.titleLo < len(toks) && toks[k].sent != toks[r.titleLo].sent {
		return ""
	}
	k++
	if k < len(toks) && toks[k].lower == "the" {
		k++
	}
	return a.partyNameAt(k)
}

// partyNameAt returns the party named at token k: the gazetteer's, or a
// plural of a party member's noun ("the Conservatives") that the
// gazetteer holds as "<Word> Party"; "" otherwise.
func (a *analysis) partyNameAt(k int) string {
	toks := a.d.toks
	if k < 0 || k >= len(toks) || !toks[k].cap {
		return ""
	}
	if o, ok := a.orgAtTok(k); ok && o.first == k && a.lx.orgs[o.org].Kind == "party" {
		return a.lx.orgs[o.org].Name
	}
	w := toks[k].lower
	if !strings.HasSuffix(w, "s") || !partyMembers.has(singular(w)) {
		return ""
	}
	if name := strings.TrimSuffix(toks[k].text, "s") + " Party"; a.listedParty(name) {
		return name
	}
	return ""
}

// partyAfterComma returns the party that ", of the" with at most two
// lower-case words names after the person: "Opposition leader NAME, of
// the conservative People's Party, called ...".
func (a *analysis) partyAfterComma(p *person, r *role) string {
	toks := a.d.toks
	k := a.mentionEnd(r)
	if k < 0 || k+3 >= len(toks) || toks[k].text != "," || toks[k+1].lower != "of" || toks[k+2].lower != "the" {
		return ""
	}
	k += 3
	for n := 0; n < 2 && k < len(toks) && toks[k].kind == tWord && !toks[k].cap; n++ {
		k++
	}
	if party := a.partyNameAt(k); party != "" {
		return party
	}
	for e := k; e < len(toks) && e < k+6 && toks[e].sent == toks[k].sent; e++ {
		t := &toks[e]
		if e > k && t.lower == "party" {
			return stripInvisible(a.d.text[toks[k].start:t.end]) // "the Demokraatit party", "People's Party"
		}
		if (t.kind != tWord || !t.cap) && t.lower != "'s" && t.lower != "and" || a.placeAt[e] >= 0 {
			return ""
		}
	}
	return ""
}
