package extract

import "strings"

// A body the gazetteer lacks and whose name says nothing of a state may
// still be shown a state's by the text around it: an apposition that
// calls it a state's agency ("Indonesia's search and rescue agency,
// Basarnas,", "Basarnas, the national search and rescue agency,", "The
// agency, known as Basarnas,"), "the agency" speaking for it ("a
// helicopter contracted by Conaf crashed, the agency said"), or a name
// that is a place's, so the office is that place's ("Mai-Ndombe's
// provincial interior minister", "UJJAIN, India — ... Ujjain's
// Superintendent of Police"). Its officials hold the state's office
// (settled policy: state agencies and subnational heads are the state's)
// (fx50, r35c).

// nonStateAgencyMods are lower-case words before "agency" or another
// agency head that make the agency no state's: "aid agency", "news
// agency", "travel agency" (words_people.tsv non-state-agency-mod).
var nonStateAgencyMods = wordList("non-state-agency-mod")

// apposedAgencyState reads an apposition that calls the body's name org
// a state's agency, before or after the name: "the [STATE-ADJ] MODS
// HEAD, ORG", "STATE's MODS HEAD, ORG", "the MODS HEAD, known as ORG",
// "ORG, the MODS HEAD," with HEAD an agency's head noun. It returns the
// state written ("" for none: the context's) and whether it found one.
func (a *analysis) apposedAgencyState(org string) (string, bool) {
	toks := a.d.toks
	for k := 2; k < len(toks); k++ {
		if !a.writtenAt(k, org) {
			continue
		}
		c := k - 1
		if toks[c].lower == "as" && c >= 2 && toks[c-1].lower == "known" {
			c -= 2 // "The agency, known as ORG"
		} else if toks[c].lower == "as" && c >= 3 && toks[c-2].lower == "known" {
			c -= 3 // "known locally as ORG"
		}
		if c >= 1 && toks[c].text == "," {
			if s, ok := a.agencyPhraseBack(c - 1); ok {
				return s, true
			}
			if s, ok := a.agencyNameBack(c); ok {
				return s, true // "the National Service for ... Liberty, known as SNAI,"
			}
		}
		e := a.writtenLast(k, org)
		if e+2 < len(toks) && toks[e+1].text == "," {
			if s, ok := a.agencyPhraseAhead(e + 2); ok {
				return s, true
			}
		}
	}
	return "", false
}

// agencyPhraseBack reads a description ending at h in an agency's head
// noun, back over lower-case modifiers to "the" (no state: ""), "the"
// and a state's adjective, or a state's possessive.
func (a *analysis) agencyPhraseBack(h int) (string, bool) {
	toks := a.d.toks
	if h < 1 || !a.agencyHeadAt(h) {
		return "", false
	}
	described := false // "national", "state": a state's whatever its head
	j := h - 1
	for ; j >= 0 && j >= h-5 && toks[j].kind == tWord && !toks[j].cap && toks[j].lower != "the" && toks[j].lower != "'s"; j-- {
		if nonStateAgencyMods.hasToken(&toks[j]) {
			return "", false
		}
		described = described || stateDescriptors.hasToken(&toks[j]) || statePlainDescriptors.hasToken(&toks[j])
	}
	c, ok := a.agencyPhraseOpener(j)
	if ok && c == "" && !described && !ownAgencyHeads.hasToken(&toks[h]) {
		return "", false // "the food delivery service, Deliveroo,": a firm's as often
	}
	return c, ok
}

// ownAgencyHeads are the agency heads that make a description "the ...
// HEAD" a state's agency with no state or "national" written: "the
// search and rescue agency", "the port authority"; "the delivery
// service", "the law office" may be firms' (words_people.tsv
// own-agency-head).
var ownAgencyHeads = wordList("own-agency-head")

// agencyNameBack reads the capitalised name of a state's agency that ends
// before the comma at c ("the National Service for Comprehensive Care
// for Persons Deprived of Liberty, known as SNAI"), words of its name
// joined by "of", "for", "and", and returns stateAgencyName's verdict.
func (a *analysis) agencyNameBack(c int) (string, bool) {
	toks := a.d.toks
	j := c - 1
	for j >= 0 && c-j <= 12 && toks[j].kind == tWord && (toks[j].cap || nameJoiners.hasToken(&toks[j])) {
		j--
	}
	first := j + 1
	for first < c && !toks[first].cap {
		first++
	}
	if first >= c-1 || !toks[c-1].cap || j < 0 || toks[j].lower != "the" && toks[j+1].lower != "the" {
		return "", false
	}
	return a.stateAgencyName(first, c)
}

// nameJoiners join the words of a body's long name: "National Service for
// Comprehensive Care", "Institute of Epidemiology".
var nameJoiners = closedSet("of", "for", "and", "on")

// agencyPhraseAhead reads a description from f, "the [STATE-ADJ] MODS
// HEAD" or "STATE's MODS HEAD", whose head noun ends it.
func (a *analysis) agencyPhraseAhead(f int) (string, bool) {
	toks := a.d.toks
	j := f
	if pi := a.placeAt[j]; pi >= 0 && a.places[pi].possessive && a.places[pi].lim+1 < len(toks) && toks[a.places[pi].lim].lower == "'s" {
		j = a.places[pi].lim + 1
	} else if toks[j].lower == "the" {
		j++
	} else {
		return "", false
	}
	for ; j < len(toks) && j < f+8 && toks[j].kind == tWord; j++ {
		if a.agencyHeadAt(j) && (j+1 >= len(toks) || toks[j+1].kind != tWord && toks[j+1].lower != "'s" || a.lx.speech[toks[j+1].lower] != "") {
			return a.agencyPhraseBack(j)
		}
		if toks[j].cap && a.placeAt[j] < 0 || nonStateAgencyMods.hasToken(&toks[j]) {
			return "", false
		}
	}
	return "", false
}

// agencyPhraseOpener reads the opener of an agency's description at j:
// "the" alone (""), "the" after a state's adjective's own token, or a
// state's possessive before "'s".
func (a *analysis) agencyPhraseOpener(j int) (string, bool) {
	toks := a.d.toks
	if j < 0 {
		return "", false
	}
	if toks[j].lower == "the" {
		return "", true
	}
	if m, ok := a.stateMentionAt(j); ok && m.kind == sAdjective && m.lim == j+1 && j > 0 && toks[m.first-1].lower == "the" && !m.ambiguous {
		return m.code, true // "the Indonesian search and rescue agency"
	}
	if toks[j].lower == "'s" {
		if m, ok := a.stateMentionAt(j - 1); ok && m.kind != sCapital && !m.ambiguous {
			return m.code, true // "Indonesia's search and rescue agency"
		}
	}
	return "", false
}

// agencyHeadAt reports a lower-case head noun of an agency's name at k:
// "agency", "service", "authority".
func (a *analysis) agencyHeadAt(k int) bool {
	t := &a.d.toks[k]
	return !t.cap && (stateAgencyHeads.hasToken(t) || bareAgencyHeads.hasToken(t)) && !modifierOnlyHeads.hasToken(t)
}

// agencySpeaksFor reports a body's name org whose sentence closes with
// ", the agency said" and names no body of the gazetteer: "a helicopter
// contracted by Conaf crashed near Yumbel, the agency said".
func (a *analysis) agencySpeaksFor(org string) bool {
	toks := a.d.toks
	for k := 0; k < len(toks); k++ {
		if !a.writtenAt(k, org) {
			continue
		}
		s := a.d.sents[toks[k].sent]
		gazetteer := false
		for j := s.first; j < s.lim; j++ {
			gazetteer = gazetteer || a.orgAt[j] >= 0
		}
		for j := k + 1; !gazetteer && j+3 < s.lim; j++ {
			if toks[j].text == "," && toks[j+1].lower == "the" && toks[j+2].lower == "agency" && a.lx.speech[toks[j+3].lower] != "" {
				return true
			}
		}
	}
	return false
}

// placeOwnerBody reports a body's name org that owns role r and that
// names a place: "ORG's" opens a title of a province's or district's
// public office ("Mai-Ndombe's provincial interior minister"), or ORG is the
// dateline's town ("UJJAIN, India — ... Ujjain's Superintendent of
// Police").
func (a *analysis) placeOwnerBody(r *role, org string) bool {
	toks := a.d.toks
	if a.privateTitle(r.title) {
		return false
	}
	for k := 0; k+2 < len(toks) && localOfficeHeads.has(r.head); k++ {
		if !a.writtenAt(k, org) {
			continue
		}
		e := a.writtenLast(k, org)
		if e+2 < len(toks) && toks[e+1].lower == "'s" && localOfficeMods.hasToken(&toks[e+2]) {
			return true // "Mai-Ndombe's provincial interior minister", not "Northvolt's regional director"
		}
	}
	// the dateline's town: "UJJAIN, India —", a dateline that names its state
	first, _ := a.datelinePara()
	return a.datelineState() != "" && first+1 < len(toks) && toks[first+1].text == "," && isUpperWord(toks[first].text) && toks[first].lower == strings.ToLower(org)
}

// localOfficeMods open the title of a province's, a region's or a
// district's own office (words_people.tsv local-office-mod), whose head
// is one of localOfficeHeads (local-office-head): "provincial interior
// minister", not a firm's "regional director".
var (
	localOfficeMods  = wordList("local-office-mod")
	localOfficeHeads = wordList("local-office-head")
)
