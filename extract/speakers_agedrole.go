package extract

// An age and a role ("the 58-year-old former mayor of the city") describe
// someone the story has named: the holder of that role when the story
// gave it, else the person the paragraph has just named, whom the
// description goes on to speak of ("Hundreds of Quiroga's supporters
// poured into the streets. Addressing them, the 58-year-old former mayor
// of the city promised …").

// roleBeforeComplement returns the phrase p cut before the "of" that
// follows its role's head noun ("the 58-year-old former mayor" of "… of
// the city"), or nil when p has no such complement.
func (a *analysis) roleBeforeComplement(p *npPhrase) *npPhrase {
	toks := a.d.toks
	for k := p.f + 3; k < p.l-1; k++ {
		if toks[k].lower != "of" {
			continue
		}
		if r := a.roleKind(k - 1); r != rHead && r != rWeak {
			return nil
		}
		cut := *p
		cut.l, cut.last = k, toks[k-1]
		return &cut
	}
	return nil
}

// namedInParagraphBefore returns the person last named in the paragraph
// of token at before it, outside quotes and comparisons, whose stated
// age, if any, is age; nil when there is none.
func (a *analysis) namedInParagraphBefore(at, age int) *person {
	toks := a.d.toks
	for k := at - 1; k >= 0 && toks[k].para == toks[at].para; k-- {
		mi := a.personAt[k]
		if mi < 0 || a.quoteAt[k] >= 0 {
			continue
		}
		m := a.mentions[mi]
		if b := m.prefix - 1; b >= 0 && (toks[b].lower == "like" || toks[b].lower == "unlike") {
			k = m.prefix // "Espinos, who like Montalban was born in Mexico": a comparison names someone else
			continue
		}
		per := a.people[m.person]
		if !a.personLike(per) {
			return nil
		}
		if n := a.statedAge(per, at); n > 0 && n != age {
			return nil
		}
		return per
	}
	return nil
}

// agedRoleOfParagraph resolves an age and a role that agedRoleHolder
// found no holder for: the holder of the role before its complement
// ("the 58-year-old former mayor" of "… of the city"), else the person
// the paragraph named last. A phrase with no role ("the 58-year-old") is
// left to the person in focus.
func (a *analysis) agedRoleOfParagraph(p *npPhrase) (*person, bool) {
	role := p
	if r := a.roleKind(p.l - 1); r != rHead && r != rWeak {
		if role = a.roleBeforeComplement(p); role == nil {
			return nil, false
		}
		if per := a.agedRoleHolder(role); per != nil {
			return per, true
		}
	}
	per := a.namedInParagraphBefore(p.f, ageNumber(a.d.toks[p.f+1].lower))
	return per, per != nil
}
