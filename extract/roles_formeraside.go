package extract

// formerAfterComma reports a title-before-name role of an office held
// before, written right after a comma: "The DRP chairman, former Energy
// Minister NAME," leaves room for the title before the comma, the office
// the person holds now (titleCommaName).
func (a *analysis) formerAfterComma(r role) bool {
	return a.formerOpening(r) > 0
}

// formerOpening returns the token of "former" opening a former title
// before the name that a comma precedes, or -1.
func (a *analysis) formerOpening(r role) int {
	toks := a.d.toks
	if r.rule != ruleTitleBefore || !formerTitle(r.title) || r.titleLo < 2 || r.titleLo > len(toks) {
		return -1
	}
	k := r.titleLo
	if toks[k].lower != "former" {
		k--
	}
	if toks[k].lower != "former" || toks[k-1].text != "," {
		return -1
	}
	return k
}

// formerTitleStart returns the first token of a former office that a
// title-before-name role of mention mi opens right after a comma, for
// titleCommaName to read the title before that comma; c when there is
// none.
func (a *analysis) formerTitleStart(p *person, mi, c int) int {
	first := a.mentions[mi].first
	for _, r := range p.roles {
		if k := a.formerOpening(r); r.at == first && k > 0 {
			return k
		}
	}
	return c
}

// presentOverFormer returns the index of a role found at the same mention
// as role best, when best is an office held before and that role one held
// now in a body its title names ("The DRP chairman, former Energy Minister
// NAME,": the party's chairman); best otherwise ("the Colorado candidate,
// former finance minister NAME": no body's office; "The head of the AU
// mission, former prime minister NAME": the former office says more, the
// body is still taken from the other role).
func (a *analysis) presentOverFormer(roles []role, best int) int {
	b := roles[best]
	if !formerTitle(b.title) || b.rule != ruleTitleBefore {
		return best
	}
	for i, r := range roles {
		if i != best && r.at == b.at && r.rule == ruleTitleComma && a.bodyWordInTitle(r) && !formerTitle(r.title) && r.titleHi <= b.titleLo {
			return i
		}
	}
	return best
}

// bodyWordInTitle reports a title word before the head that names a body:
// one of the gazetteer's or an acronym no place has ("DRP chairman").
func (a *analysis) bodyWordInTitle(r role) bool {
	toks := a.d.toks
	for k := max(r.titleLo, 0); k < r.titleHi-1 && k < len(toks); k++ {
		if a.orgAt[k] >= 0 || mixedAcronym(toks[k].text) && a.placeAt[k] < 0 {
			return true
		}
	}
	return false
}
