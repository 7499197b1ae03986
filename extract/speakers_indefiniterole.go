package extract

// npIndefiniteRoleSince: "An Israeli official, speaking on condition of
// anonymity, confirmed it. "…," the official said." The role the story
// introduced last without a name is the one speaking, not an official
// named before it: the quote is that unnamed official's ("Israeli
// official"), as when the description itself speaks. A holder named after
// the introduction ("An official, NAME, said") is still the one meant.
func (a *analysis) npIndefiniteRoleSince(p *npPhrase) (speaker, npVerdict) {
	if p.first.lower != "the" || p.l-p.f != 2 {
		return speaker{}, npPass
	}
	if k := a.roleKind(p.l - 1); k != rHead && k != rWeak {
		return speaker{}, npPass
	}
	intro, head := a.unnamedRoleOpening(p.last.lower, p.f)
	if intro < 0 {
		return speaker{}, npPass
	}
	for _, per := range a.people {
		if per.role == nil || !a.holdsRole(per, p.last.lower) {
			continue
		}
		for _, mi := range per.mentionIdx {
			if m := a.mentions[mi]; m.first > intro && m.first < p.f {
				return speaker{}, npPass
			}
		}
	}
	return speaker{name: trimModifiers(a.d.text[a.d.toks[intro+1].start:a.d.toks[a.roleBodyEnd(head)-1].end])}, npAccept
}

// roleBodyEnd returns the token after a body of the gazetteer that a
// preposition joins to the role noun at k ("spokesman for the Home
// Office"), or k+1 when none follows.
func (a *analysis) roleBodyEnd(k int) int {
	toks := a.d.toks
	j := k + 1
	if j+1 >= len(toks) || toks[j].lower != "for" && toks[j].lower != "of" && toks[j].lower != "at" {
		return k + 1
	}
	j++
	if toks[j].lower == "the" {
		j++
	}
	if o, ok := a.orgAtTok(j); ok && o.first == j {
		return o.lim
	}
	return k + 1
}

// unnamedRoleOpening returns the last token before at, within the
// paragraph before, where a sentence opens with "a" or "an", up to three
// modifiers and the role noun head ("An Israeli official", "A senior
// aide"), outside quotes, and the noun's token; -1 when there is none.
func (a *analysis) unnamedRoleOpening(head string, at int) (int, int) {
	toks := a.d.toks
	for k := at - 1; k > 0 && toks[at].para-toks[k].para <= 1; k-- {
		if toks[k].lower != head || a.quoteAt[k] >= 0 {
			continue
		}
		for j := k - 1; j >= 0 && j >= k-4; j-- {
			if toks[j].kind != tWord || toks[j].lower == "of" {
				break // "A panel of judges": the role noun heads no phrase of its own
			}
			if toks[j].lower == "a" || toks[j].lower == "an" {
				if toks[j].sentStart {
					return j, k
				}
				break
			}
		}
	}
	return -1, -1
}
