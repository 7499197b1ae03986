package extract

import "strings"

// describedThenNamed gives the role of a description that is the subject
// of sentence si, from token i, to the person the next sentence names as
// its subject, when no role is theirs already: the delayed lead of wire
// copy ("STOCKHOLM - Sweden's infrastructure minister resigned on
// Thursday ... / NAME, who had held the post for two years, told ...")
// and a paragraph that opens with an office before naming its holder
// ("Oman's deputy prime minister visited the villages. NAME said ...").
// The article's lead may open with "the", "a" or a state's possessive, or
// end with the description that reports it (", the defence secretary has
// told MPs"); a later paragraph must open with "the" or a state's
// possessive and name its holder there for the first time.
func (a *analysis) describedThenNamed(si, i int, lead bool) {
	s := a.d.sents[si]
	if i >= s.lim || si+1 >= len(a.d.sents) {
		return
	}
	from, end, ok := a.describedSubjectEnd(s, i, lead)
	if !ok {
		return
	}
	minSent := si
	if lead {
		minSent = 0 // nor a headline above it
	}
	if a.personOutside(a.d.sents[minSent].first, s.lim, from, end) {
		return // the sentence names someone, whose role rules of their own read
	}
	w, ok := a.titleBefore(end)
	if !ok || w.weak {
		return
	}
	if ref, ok := a.leadSubject(si + 1); ok {
		a.giveDescribedRole(ref, w, !lead)
	}
}

// giveDescribedRole gives the role of the description w to the person
// mention ref names, unless a role is theirs already, an apposition of
// their own describes them, or someone else holds the office in w's state.
// A later paragraph's description is the role only of a person first named
// there: one named before is someone whose role rules of their own read.
func (a *analysis) giveDescribedRole(ref int, w titleWalk, firstMention bool) {
	p := a.people[a.mentions[ref].person]
	if len(p.roles) > 0 || firstMention && p.mentionIdx[0] != ref || a.describedApart(ref) {
		return
	}
	title := a.titleText(w.words)
	for _, d := range []string{"the ", "The ", "its ", "Its "} {
		title = strings.TrimPrefix(title, d) // "its defence minister said"
	}
	if a.heldByOther(p, title, w.country, a.officeHolders()) {
		return
	}
	a.addRoleText(p, w, title, ruleLeadRole, 5, ref)
}

// firstProseSentence returns the index of the article's first sentence of
// prose, past headlines and captions, or -1.
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

// describedApart reports a name that an apposition of its own describes,
// perhaps after an age ("NAME, a teacher who joined the march, said",
// "NAME, 49, a trader in Accra,"): someone else than the holder of the
// office before it, whose role rules of their own read.
func (a *analysis) describedApart(ref int) bool {
	toks := a.d.toks
	e := a.mentions[ref].lim
	if e+3 < len(toks) && toks[e].text == "," && toks[e+1].kind == tNum && toks[e+2].text == "," {
		e += 2 // ", 49,"
	}
	if e+1 >= len(toks) || toks[e].text != "," {
		return false
	}
	switch toks[e+1].lower {
	case "a", "an", "the":
		return true
	}
	return false
}

// describedSubjectEnd returns where the description that is the subject
// of sentence s at i starts and the token after it ("The chief executive
// of Northgrid Power apologised", "Poland's foreign minister urged", in
// the lead also "A former municipal manager accused of ... told"), or, in
// the lead, the description that ends it as the one who reports it (",
// the defence secretary has told MPs").
func (a *analysis) describedSubjectEnd(s sentence, i int, lead bool) (int, int, bool) {
	if lead {
		if from, end, ok := a.reportingDescriptionEnd(s); ok {
			return from, end, true // the lead's own subject is what it reports
		}
	}
	toks := a.d.toks
	j := -1
	switch {
	case toks[i].lower == "the" || lead && (toks[i].lower == "a" || toks[i].lower == "an"):
		j = i + 1
	case a.stateOwnerOpens(i):
		j = a.places[a.placeAt[i]].lim + 1 // read on from the word after "'s"
	}
	if j >= 0 && j < s.lim {
		if end, ok := a.describedEnd(j); ok {
			return i, end, true
		}
	}
	return 0, 0, false
}

// describedEnd reads a description from j up to a verb and returns the
// token after it: leadDescriptionEnd's ("federal justice minister"), with
// "of" and a body's name after the role noun; else a capitalised title, a
// weak head before "of" and a body, or a role listed as a phrase ("Deputy
// Prime Minister for Defence Affairs visited", "chief executive of
// Northgrid Power apologised", "former municipal manager accused").
func (a *analysis) describedEnd(j int) (int, bool) {
	if end, ok := a.leadDescriptionEnd(j); ok {
		if a.adjectiveHead(end - 1) {
			return 0, false // "A major change of direction": no Major
		}
		return a.leadBodyOfEnd(end), true
	}
	toks := a.d.toks
	k, head, weak := j, false, false
	for ; k < len(toks) && toks[k].para == toks[j].para && a.personAt[k] < 0; k++ {
		kind := a.roleKind(k)
		if kind == rHead && !a.adjectiveHead(k) || kind == rWeak || a.roleEndingAt(k+1) >= j {
			head, weak = true, kind == rWeak
			continue
		}
		if kind == rMod || kind == rQual || a.placeAt[k] >= 0 || a.orgAt[k] >= 0 || toks[k].lower == "'s" && k > j && (a.placeAt[k-1] >= 0 || a.orgAt[k-1] >= 0) {
			head = false // a modifier after a head: "Prime" in "Deputy Prime Minister"
			continue
		}
		break
	}
	if !head || k >= len(toks) {
		return 0, false
	}
	end := k
	if x := toks[k].lower; x == "of" || x == "for" && !weak {
		end = a.leadBodyOfEnd(k)
		if end == k {
			return 0, false
		}
	} else if weak {
		return 0, false // "executive" alone is no office: "of" and its body make it one
	}
	if t := toks[end]; t.kind != tWord || t.cap || a.roleKind(end) != 0 || t.lower == "'s" {
		return 0, false
	}
	return end, true
}

// adjectiveHead reports a lower-case role noun at k that is also an
// adjective ("major", "general"): "A major change", "the general view".
func (a *analysis) adjectiveHead(k int) bool {
	t := a.d.toks[k]
	return !t.cap && a.lx.adjTitles[t.lower]
}

// stateOwnerOpens reports a state's name with "'s" opening at i: "Poland's".
func (a *analysis) stateOwnerOpens(i int) bool {
	m, ok := a.stateMentionAt(i)
	return ok && m.first == i && m.lim+1 < len(a.d.toks) && a.d.toks[m.lim].lower == "'s"
}

// leadBodyOfEnd steps over "of" or "for" and a capitalised name after the
// role noun, when a verb follows it, and returns the token after the name:
// "The chief executive of Northgrid Power apologised" holds the body's
// role, "Deputy Prime Minister for Defence Affairs visited" the
// portfolio's. Otherwise it returns end.
func (a *analysis) leadBodyOfEnd(end int) int {
	toks := a.d.toks
	j := end + 1
	if end >= len(toks) || toks[end].lower != "of" && toks[end].lower != "for" || j >= len(toks) {
		return end
	}
	if toks[j].lower == "the" {
		j++
	}
	e := j
	for e < len(toks) && toks[e].para == toks[j].para {
		if n := a.capRunEnd(e); n > e {
			e = n
		} else if toks[e].cap && toks[e].kind == tWord {
			e++ // a word of the name the person finder took for a name
		} else {
			break
		}
	}
	if e <= j || e >= len(toks) || toks[e].kind != tWord || toks[e].cap || a.roleKind(e) != 0 || toks[e].lower == "'s" || toks[e].lower == "of" {
		return end
	}
	return e
}

// personOutside reports a person named in [lo, lim) outside the
// description [from, end): a body's name the person finder took for a
// name ("Northgrid Power") is no other person.
func (a *analysis) personOutside(lo, lim, from, end int) bool {
	for k := lo; k < lim; k++ {
		if a.personAt[k] >= 0 && (k < from || k >= end) {
			return true
		}
	}
	return false
}

// reportingDescriptionEnd returns where a description after a comma and
// "the" that reports the lead s with a verb of speech, perhaps after
// "has", starts and the token after it ("..., the defence secretary has
// told MPs").
func (a *analysis) reportingDescriptionEnd(s sentence) (int, int, bool) {
	toks := a.d.toks
	for k := s.first + 1; k+2 < s.lim; k++ {
		if toks[k].text != "," || toks[k+1].lower != "the" {
			continue
		}
		end, ok := a.leadDescriptionEnd(k + 2)
		if !ok {
			continue
		}
		v := end
		if x := toks[v].lower; (x == "has" || x == "have" || x == "had") && v+1 < s.lim {
			v++
		}
		if a.lx.speech[toks[v].lower] != "" {
			return k + 1, end, true
		}
	}
	return 0, 0, false
}
