package extract

import "strings"

// legislatorHolder is the person "the lawmaker" or "the legislator"
// stands for when no one holds that very title: the legislator named last
// before it, in its paragraph or the one before, whatever noun the
// article introduced them by ("NAME, a member of the Kyrgyz parliament,
// ... the lawmaker said"). Nil for a longer phrase or another noun.
func (a *analysis) legislatorHolder(p *npPhrase) *person {
	if p.l-p.f != 2 || !legislatorHeads.hasToken(&p.last) {
		return nil
	}
	return a.recentRoleHolder(p.f, 1, a.legislatorRole)
}

// recentRoleHolder returns the person named last before token at who
// holds a role that has, when one of their mentions stands before at in
// its paragraph or the paras before it; else nil.
func (a *analysis) recentRoleHolder(at, paras int, has func(*role) bool) *person {
	toks := a.d.toks
	per := a.lastNamedBefore(at, func(per *person) bool {
		for i := range per.roles {
			if has(&per.roles[i]) {
				return true
			}
		}
		return false
	})
	if per == nil {
		return nil
	}
	for _, mi := range per.mentionIdx {
		if m := a.mentions[mi]; m.first < at && toks[at].para-toks[m.first].para <= int32(paras) {
			return per
		}
	}
	return nil
}

// legislatorRole reports a seat in a legislature: a legislator's noun
// ("MP", "senator"), a member's title that names the legislature ("member
// of parliament"), or "member" followed by "of" and a legislature within
// a few words ("a member of the Kyrgyz parliament").
func (a *analysis) legislatorRole(r *role) bool {
	if legislatorHeads.has(r.head) || a.memberSeat(r) {
		return true
	}
	if r.head != "member" || r.titleHi <= 0 || r.titleHi >= len(a.d.toks) {
		return false
	}
	toks := a.d.toks
	if toks[r.titleHi].lower != "of" {
		return false
	}
	for k := r.titleHi + 1; k < len(toks) && k < r.titleHi+5 && toks[k].sent == toks[r.titleHi].sent; k++ {
		if legislatures.hasToken(&toks[k]) {
			return true
		}
	}
	return false
}

// partyMemberHolder is the person "the Plaid Cymru member" stands for: the
// one named last before it, in its paragraph or the two before, who holds
// a role in the body the phrase names ("Plaid Cymru's climate
// spokesperson, NAME"). Nil when the phrase is no "the BODY member" or no
// such person was named.
func (a *analysis) partyMemberHolder(p *npPhrase) *person {
	if p.l-p.f < 3 || p.first.lower != "the" || p.last.lower != "member" {
		return nil
	}
	toks := a.d.toks
	body := a.d.text[toks[p.f+1].start:toks[p.l-2].end]
	return a.recentRoleHolder(p.f, 2, func(r *role) bool {
		return r.org != "" && strings.EqualFold(r.org, body)
	})
}
