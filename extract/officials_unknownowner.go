package extract

import "strings"

// ownerRoleHeads are role nouns a body of any kind has ("spokesman",
// "chairman", "director"): written after a name the gazetteers do not
// know, the name is the body's, not a state's office.
var ownerRoleHeads = wordList("owner-role-head")

// unknownOwnerTitle settles a role written after a capitalised name that
// no gazetteer knows as a place, a person, a body or a role word, and
// that the article writes elsewhere too: "WorldCom board member NAME",
// "Zentro spokeswoman NAME", "former Brackwell finance chief NAME". The
// name is the owner of the role, a company's, club's or group's; the
// story's state is not the role's. It reports whether it did.
func (a *analysis) unknownOwnerTitle(r *role) bool {
	if r.rule != ruleTitleBefore || r.country != "" || r.org != "" || r.nonState || r.owner >= 0 || r.principal > 0 {
		return false
	}
	if !ownerRoleHeads.has(r.head) || !a.ownerHeadFits(r) {
		return false
	}
	lo, hi, ok := a.unknownOwnerRun(r)
	if !ok || a.committeeTitle(r) || !a.storyOwner(r, lo, hi) {
		return false
	}
	toks := a.d.toks
	name := a.d.text[toks[lo].start:toks[hi-1].end]
	r.org, r.orgKind, r.nonState, r.country = name, "", true, ""
	if t, found := strings.CutPrefix(r.title, name+" "); found {
		r.title = t
	} else if before, after, found := strings.Cut(r.title, " "+name+" "); found {
		r.title = before + " " + after // "Former Brackwell finance chief": "Former finance chief"
	}
	return true
}

// ownerHeadFits reports a role noun that is a body's by itself, or by the
// word it goes with: "secretary general", "board member" ("MPC member"
// may sit on a state's committee).
func (a *analysis) ownerHeadFits(r *role) bool {
	t := " " + strings.ToLower(r.title)
	switch r.head {
	case "general":
		return strings.Contains(t, " secretary")
	case "member":
		return strings.Contains(t, " board member")
	}
	return true
}

// unknownOwnerRun finds the owner's name of role r: the capitalised words
// right before the title, or opening it after a qualifier ("former",
// "outgoing"). Every word must be one no gazetteer knows.
func (a *analysis) unknownOwnerRun(r *role) (lo, hi int, ok bool) {
	toks := a.d.toks
	k := r.titleLo
	if k < 0 || r.titleHi > len(toks) || k >= r.titleHi {
		return 0, 0, false
	}
	for k < r.titleHi && a.roleKind(k) == rQual {
		k++
	}
	if k < r.titleHi && a.unknownNameWord(k) {
		hi = k
		for hi < r.titleHi && a.unknownNameWord(hi) {
			hi++
		}
		return k, hi, hi < r.titleHi && a.roleKind(hi) != 0 // "Electoral Commission chairman": the name goes on
	}
	if k != r.titleLo || k == 0 || !a.unknownNameWord(k-1) || toks[k-1].sent != toks[k].sent {
		return 0, 0, false
	}
	lo = k - 1
	for lo > 0 && toks[lo-1].sent == toks[k].sent && a.unknownNameWord(lo-1) {
		lo--
	}
	return lo, k, true
}

// unknownNameWord reports a capitalised word at k that the gazetteers do
// not know: no place, person, body, role word or given name.
func (a *analysis) unknownNameWord(k int) bool {
	t := &a.d.toks[k]
	if t.kind != tWord || !t.cap || a.placeAt[k] >= 0 || a.orgAt[k] >= 0 || a.roleKind(k) != 0 || a.namedPersonAt(k) {
		return false
	}
	if _, ok := a.lx.bodyWords[t.lower]; ok || a.lx.givenNameWord(t.text) || notNameWords.hasToken(t) || commonStarters.hasToken(t) {
		return false
	}
	return !strings.HasSuffix(t.lower, "'s") && !strings.HasSuffix(t.text, "'")
}

// commonElsewhere reports a word at k that the article also writes in
// lower case ("Steel analyst" beside "steel prices") or as a plural of
// people ("Carib Chief" beside "Caribs"): a common noun or a people's
// name, no body's.
func (a *analysis) commonElsewhere(k int) bool {
	w, lower := a.d.toks[k].text, a.d.toks[k].lower
	for j := range a.d.toks {
		t := &a.d.toks[j]
		if t.kind == tWord && (t.text == lower && w != lower || t.text == w+"s") {
			return true
		}
	}
	return false
}

// committeeTitle reports a title on a committee or commission ("ODPM
// committee chairman"): a legislature's or a state's panel, whose owner's
// short name is no company's.
func (a *analysis) committeeTitle(r *role) bool {
	t := strings.ToLower(r.title)
	return strings.Contains(t, "committee") || strings.Contains(t, "commission")
}

// namedPersonAt reports a word at k that is part of a person's name: a
// name of two words or more, or one that holds a role ("Cruz spokesman"
// after "Ted Cruz" is his campaign's). A lone word read as a name and
// holding nothing ("The broadcaster Zentro said") may be a body's.
func (a *analysis) namedPersonAt(k int) bool {
	mi := a.personAt[k]
	if mi < 0 {
		return false
	}
	p := a.people[a.mentions[mi].person]
	return len(p.words) > 1 || p.role != nil
}

// storyOwner reports an owner [lo, hi) of role r that is a body the story
// is about: written alone elsewhere, no common word's and no state's
// service.
func (a *analysis) storyOwner(r *role, lo, hi int) bool {
	return (a.namedElsewhere(lo, hi) || a.brandShaped(lo, hi)) && !(hi-lo == 1 && a.commonElsewhere(lo)) && !a.stateServiceOwner(r, lo, hi)
}

// namedElsewhere reports the words [lo, hi) written again elsewhere in
// the article on their own: a body the story is about, not a stray
// capitalised word, nor a part of a longer name ("the House Oversight
// Committee ... Oversight Chairman NAME", "the All Blacks").
func (a *analysis) namedElsewhere(lo, hi int) bool {
	toks := a.d.toks
	n := hi - lo
	capWord := func(j int) bool { return j >= 0 && j < len(toks) && toks[j].kind == tWord && toks[j].cap }
	for k := 0; k+n <= len(toks); k++ {
		if k == lo || toks[k].sentStart || capWord(k-1) || capWord(k+n) && !toks[k+n].sentStart {
			continue
		}
		same := true
		for j := 0; j < n && same; j++ {
			same = strings.TrimSuffix(toks[k+j].text, "'s") == toks[lo+j].text
		}
		if same {
			return true
		}
	}
	return false
}

// stateServices are lower-case nouns of a public service ("fire",
// "rescue"): "Flin Flon Fire Chief" heads a town's service.
var stateServices = wordList("state-service")

// stateServiceOwner reports an owner [lo, hi) of role r that is a state's
// service or agency after all: the holder has a rank ("Rangers spokesman
// Major NAME"), the title names a public service after it ("Killeen
// Police Chief"), or the article spells it out as a state's body
// ("the Electoral Commission of Zambia (ECZ)") or calls it one ("the
// disaster agency AFAD").
func (a *analysis) stateServiceOwner(r *role, lo, hi int) bool {
	toks := a.d.toks
	if r.heldRank != "" {
		return true
	}
	for k := hi; k < r.titleHi; k++ {
		if a.stateBodyWord(k) {
			return true
		}
	}
	n := hi - lo
	for k := 1; k+n < len(toks); k++ {
		if k == lo || toks[k].text != toks[lo].text || toks[k+n-1].text != toks[hi-1].text {
			continue
		}
		if a.statePossessiveAt(k - 1) {
			return true // "India's ONGC": the state's own firm
		}
		if !toks[k-1].cap && (a.stateBodyWord(k-1) || toks[k-1].lower == "agency") {
			return true // "the disaster agency AFAD"
		}
		if toks[k-1].text == "(" && toks[k+n].text == ")" && a.stateNameBefore(k-1) {
			return true // "the Electoral Commission of Zambia (ECZ)"
		}
	}
	return false
}

// statePossessiveAt reports a state's possessive ending at k: "India's".
func (a *analysis) statePossessiveAt(k int) bool {
	if k < 0 || !strings.HasSuffix(a.d.toks[k].lower, "'s") && a.d.toks[k].text != "'s" {
		return false
	}
	for j := k; j >= 0 && j >= k-1; j-- {
		if pi := a.placeAt[j]; pi >= 0 && a.places[pi].state {
			return true
		}
	}
	return false
}

// stateBodyWord reports a word at k that makes a body a state's
// ("Police", "Commission") or names a public service ("fire").
func (a *analysis) stateBodyWord(k int) bool {
	t := &a.d.toks[k]
	if b, ok := a.lx.bodyWords[t.lower]; ok && b.kind == "state" {
		return true
	}
	return stateServices.hasToken(t)
}

// stateNameBefore reports a capitalised name ending right before the
// bracket at open that names a state's body by its head word: "National
// Emergency Management Office (Nemo)", "the Electoral Commission of
// Zambia (ECZ)"; not "the Islamic Human Rights Commission (IHRC)".
func (a *analysis) stateNameBefore(open int) bool {
	toks := a.d.toks
	lo := open
	for k := open - 1; k >= 0 && k >= open-8; k-- {
		t := &toks[k]
		if t.kind != tWord || !t.cap && t.lower != "of" && t.lower != "and" && t.lower != "for" {
			break
		}
		if t.cap {
			lo = k
		}
	}
	state, ok := a.bodyName(lo, open)
	return ok && state
}
