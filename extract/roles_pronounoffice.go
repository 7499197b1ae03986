package extract

// findPronounOffices gives the office a pronoun's sentence says its
// subject takes to the person the pronoun stands for, when no other role
// is theirs: "The last time Kaarel Tammsalu wore a uniform ... On
// Thursday he was back in a suit, taking the oath in parliament as
// Estonia's defence minister", "She was sworn in as interior minister on
// Monday", "he took office as prime minister in May". The pronoun stands
// for the one person named in its sentence or the two before it, of its
// gender where that is known; two people there leave it open.
func (a *analysis) findPronounOffices() {
	toks := a.d.toks
	for k := range toks {
		var g byte
		switch toks[k].lower {
		case "he":
			g = 'M'
		case "she":
			g = 'F'
		default:
			continue
		}
		j, ok := a.officeTakenAfterPronoun(k)
		if !ok {
			continue
		}
		w, end, ok := a.titleAfter(j)
		if !ok || len(w.words) == 0 || formerTitle(a.titleText(w.words)) || w.weak && w.org == "" && w.country == "" {
			continue
		}
		mi, ok := a.pronounsOnePerson(k, g)
		if !ok {
			continue
		}
		p := a.people[a.mentions[mi].person]
		if len(p.roles) > 0 {
			continue
		}
		a.dropAppointDay(&w, j, end)
		a.addRole(p, w, ruleTakesOffice, 3, mi)
	}
}

// officeTakenAfterPronoun returns the first token of the office that a
// phrase of taking office after the pronoun at k gives, in its clause:
// "was sworn in as", "taking the oath in parliament as", "took office
// as", "was appointed", "takes over as".
func (a *analysis) officeTakenAfterPronoun(k int) (int, bool) {
	toks := a.d.toks
	for x := k + 1; x < len(toks) && x < k+16 && toks[x].sent == toks[k].sent; x++ {
		t := toks[x]
		if t.kind == tQuote || t.text == ";" || a.personAt[x] >= 0 || t.lower == "who" || t.lower == "that" {
			return 0, false
		}
		if j := takeOfficePhraseEnd(toks, x); j > x {
			return j, true
		}
	}
	return 0, false
}

// takeOfficePhraseEnd returns the token after a phrase of taking office
// that opens at x, up to the office's first word, or x.
func takeOfficePhraseEnd(toks []token, x int) int {
	at := func(i int, words ...string) bool {
		for n, w := range words {
			if i+n >= len(toks) || toks[i+n].lower != w {
				return false
			}
		}
		return true
	}
	switch toks[x].lower {
	case "sworn":
		if at(x+1, "in", "as") {
			return x + 3
		}
	case "take", "takes", "took", "taking", "taken":
		if at(x+1, "office", "as") || at(x+1, "over", "as") {
			return x + 3
		}
		if at(x+1, "the", "oath") {
			// "the oath of office as", "the oath in parliament as"
			for e := x + 3; e < len(toks) && e <= x+6 && toks[e].kind == tWord; e++ {
				if toks[e].lower == "as" {
					return e + 1
				}
			}
		}
	case "appointed", "named", "confirmed", "installed":
		if at(x+1, "as") {
			return x + 2
		}
	}
	return x
}

// pronounsOnePerson returns the mention of the one person named in the
// pronoun's sentence before it or in the two sentences before, when
// there is one and their gender does not contradict the pronoun's.
func (a *analysis) pronounsOnePerson(k int, g byte) (int, bool) {
	toks := a.d.toks
	s := int(toks[k].sent)
	from := a.d.sents[max(0, s-2)].first
	last := -1
	var who *person
	for mi, m := range a.mentions {
		if m.first < from || m.first >= k {
			continue
		}
		p := a.people[m.person]
		if who != nil && p != who {
			return -1, false
		}
		who = p
		if last < 0 || m.first > a.mentions[last].first {
			last = mi
		}
	}
	if who == nil || who.gender != 0 && who.gender != g {
		return -1, false
	}
	return last, true
}
