package extract

import "strings"

// A military rank written between an office and the name ("Army chief of
// staff Gen. NAME", "Chief of the General Staff Lt. Gen. NAME") is the
// holder's rank, no word of the title; and where a rank alone stands
// before the name and the same mention has an office in an apposition or
// before a comma ("Col. NAME, the army's chief of staff,", "Kenya's chief
// of staff, Col. NAME,"), the office is the more specific role.

// ranksAfterCompound returns the first token of the ranks written right
// before token first when an office listed as a phrase with "of" ends
// right before them ("chief of staff Gen."), or -1. An office with no
// "of" may take "General" as its own last word ("U.S. Attorney General").
func (a *analysis) ranksAfterCompound(first int) int {
	r := a.ranksBefore(first)
	if r >= first || r < 2 {
		return -1
	}
	lo := a.roleEndingAt(r)
	if lo < 0 {
		return -1
	}
	for k := lo; k < r; k++ {
		if a.d.toks[k].lower == "of" {
			return r
		}
	}
	return -1
}

// titleBeforeRanks reads the office before the ranks at the name that
// starts at first, the ranks kept as the held rank.
func (a *analysis) titleBeforeRanks(first int) (titleWalk, bool) {
	r := a.ranksAfterCompound(first)
	if r < 0 {
		return titleWalk{}, false
	}
	w, ok := a.titleBefore(r)
	if !ok {
		return w, false
	}
	w.words = append([]int(nil), w.words...) // titleBefore's scratch is reused
	var rank []string
	for k := r; k < first; k++ {
		if a.d.toks[k].kind == tWord {
			rank = append(rank, a.d.toks[k].lower)
		}
	}
	w.heldRank = strings.Join(rank, " ")
	return w, true
}

// rankYields returns the role that p's chosen role best should give way
// to: a role found at the same mention that is more than a rank, when
// best is an abbreviated military rank alone ("Col.", "Brig. Gen."); else
// best. A rank written out ("Major General") stays the title, as the
// rules that read a force's or a junta's state from it expect; an
// office's abbreviation ("Sen.", "Cr") is an office of its own.
func (a *analysis) rankYields(p *person, best int) int {
	b := p.roles[best]
	if b.rule != ruleTitleBefore || !a.rankOnly(b) || !a.militaryAbbreviation(b) || a.civilOfficeAbbreviation(b) {
		return best
	}
	pick := best
	for i, o := range p.roles {
		if i == best || o.at != b.at || o.title == "" || a.rankOnly(o) || a.writtenRank(o) || formerTitle(o.title) {
			continue
		}
		if pick == best || o.rank < p.roles[pick].rank {
			pick = i
		}
	}
	if pick != best && a.otherMentionDisagrees(p, p.roles[pick]) {
		return best // "NAME, a spokesperson for ... in Iraq and Syria" and later "NAME, the U.S. commander": the office read is doubtful
	}
	if pick != best && p.roles[pick].heldRank == "" {
		// the rank is still a hint of the press's state: "Gen. NAME, the
		// chairman of the Joint Chiefs of Staff," in American copy
		p.roles[pick].heldRank = strings.ToLower(b.title)
	}
	return pick
}

// domesticTitleOrRank is domesticTitle of the role's title, or of the rank
// held with it: "Gen. NAME, the chairman of the Joint Chiefs of Staff,"
// is bare in its press's style as "Gen. NAME" is, though an of-phrase
// makes the title itself no bare one.
func (a *analysis) domesticTitleOrRank(r *role, style string, abroad bool) bool {
	if a.domesticTitle(r.title, r.head, style, abroad) {
		return true
	}
	rank := strings.TrimSuffix(r.heldRank, ".")
	return rank != "" && a.domesticTitle(rank, rank, style, abroad)
}

// militaryAbbreviation reports a rank-only title with a military rank
// among its words: "Col", "Brig Gen", not "Sen" or "Cr".
func (a *analysis) militaryAbbreviation(r role) bool {
	for _, f := range a.lowerFields(r.title) {
		for w := range strings.SplitSeq(f, ".") {
			if a.lx.roleTags[w+"/military"] || a.lx.roleTags[w+"./military"] {
				return true
			}
		}
	}
	return false
}

// otherMentionDisagrees reports a role of p found at another mention
// whose written state r would not take: r writes another state, or r
// serves a principal whose state would win over it ("Cmdr. NAME, a
// spokesperson for Inherent Resolve," and later "NAME, the U.S.
// commander,").
func (a *analysis) otherMentionDisagrees(p *person, r role) bool {
	for _, o := range p.roles {
		if o.at == r.at || !o.explicit || o.country == "" {
			continue
		}
		if r.country != "" && o.country != r.country || r.country == "" && r.principal != 0 {
			return true
		}
	}
	return false
}
