package extract

import "strings"

// findLeadAttributedRole gives the role that the article's lead names, as
// the unnamed source of its news, to the person the next sentence opens
// with, when no other role is theirs: "Sweden will keep its battalion in
// Latvia until 2029, its foreign minister said on Tuesday ... / Ingrid
// Sandell, on her second visit to Ukraine, spoke alongside ...";
// "Norway's defence minister said on Monday that ... / Tor Hansen told
// reporters ...". Wire copy names the source in the lead and the person in
// the sentence after; findLeadRole reads a lead that opens with the
// description, this one a description that is the subject of a verb of
// speech anywhere in the lead. "its" is the state the lead opens with.
func (a *analysis) findLeadAttributedRole() {
	lead := a.firstProseSentence()
	if lead < 0 || lead+1 >= len(a.d.sents) {
		return
	}
	s := a.d.sents[lead]
	if a.lastPersonBefore(s.lim, 0) >= 0 {
		return // the lead names someone, whose role rules of their own read
	}
	w, ok := a.leadSourceRole(s)
	if !ok {
		return
	}
	ref, ok := a.leadSubject(lead + 1)
	if !ok {
		ref, ok = a.openingSubjectAmongHolders(lead + 1)
	}
	if !ok {
		return
	}
	p := a.people[a.mentions[ref].person]
	if len(p.roles) > 0 || a.describedOtherwise(a.mentions[ref].lim) {
		return
	}
	title := a.titleText(w.words)
	for _, d := range []string{"the ", "The ", "its ", "Its "} {
		title = strings.TrimPrefix(title, d)
	}
	if title == "" || a.heldByOther(p, title, a.officeHolders()) {
		return
	}
	a.addRoleText(p, w, title, ruleLeadRole, 5, ref)
}

// firstProseSentence returns the index of the article's first sentence of prose,
// past headlines and captions, or -1.
func (a *analysis) firstProseSentence() int {
	lead := 0
	for lead < len(a.d.sents) && a.d.sents[lead].lim-a.d.sents[lead].first < leadWords {
		lead++
	}
	if lead >= len(a.d.sents) {
		return -1
	}
	return lead
}

// leadSourceRole returns the one unnamed role in the lead s that is the
// subject of a verb of speech ("its foreign minister said", "Sweden's
// defence minister told", "the Swedish minister says"), with its state:
// the one written with it, or for "its" the state that opens the lead.
func (a *analysis) leadSourceRole(s sentence) (titleWalk, bool) {
	toks := a.d.toks
	var found titleWalk
	n := 0
	for k := s.first + 1; k < s.lim; k++ {
		if toks[k].kind != tWord || toks[k].cap || a.lx.speech[toks[k].lower] == "" {
			continue
		}
		w, ok := a.titleBefore(k)
		if !ok || w.weak || w.hi != k || w.org != "" || a.pluralHead(w.head) || w.lo < 1 {
			continue
		}
		if toks[w.lo-1].lower == "its" && w.country == "" {
			w.country = a.leadOpeningState(s, w.lo-1)
		}
		if w.country == "" {
			continue
		}
		found, n = w, n+1
	}
	return found, n == 1
}

// leadOpeningState returns the state named as a noun (not an adjective)
// first in the lead s before token lim: "Sweden will keep its battalion"
// is Sweden's.
func (a *analysis) leadOpeningState(s sentence, lim int) string {
	for k := s.first; k < lim; k++ {
		if a.placeAt[k] < 0 {
			continue
		}
		m := a.places[a.placeAt[k]]
		if m.state && m.kind != sAdjective && !m.possessive && m.code != "" {
			return m.code
		}
		k = m.lim - 1
	}
	return ""
}

// openingSubjectAmongHolders returns the person, named by given name and
// surname, who opens sentence si when every other person the sentence
// names holds a role of their own there: "Ingrid Sandell, on her second
// visit, spoke alongside Ukraine's defence minister, Oleksii Marchenko"
// opens with its subject, and Marchenko's role is his.
func (a *analysis) openingSubjectAmongHolders(si int) (int, bool) {
	toks := a.d.toks
	s := a.d.sents[si]
	ref := -1
	for mi, m := range a.mentions {
		if m.first < s.first || m.first >= s.lim {
			continue
		}
		if m.prefix == s.first {
			ref = mi
			continue
		}
		if len(a.people[m.person].roles) == 0 {
			return -1, false // someone else without a role: whose is it
		}
	}
	if ref < 0 {
		return -1, false
	}
	m := a.mentions[ref]
	if m.lim-m.first < 2 || len(a.people[m.person].words) < 2 || m.lim >= len(toks) || toks[m.lim].cap {
		return -1, false
	}
	return ref, true
}

// describedOtherwise reports an apposition after a name ending at e that
// describes the person by an indefinite noun, past an age: "Kofi Mensah
// Asante, 49, a trader in Accra," is someone else than the minister the
// lead spoke of.
func (a *analysis) describedOtherwise(e int) bool {
	toks := a.d.toks
	if e+1 >= len(toks) || toks[e].text != "," {
		return false
	}
	k := e + 1
	if toks[k].kind == tNum && k+2 < len(toks) && toks[k+1].text == "," {
		k += 2 // "NAME, 49, ..."
	}
	return toks[k].lower == "a" || toks[k].lower == "an"
}
