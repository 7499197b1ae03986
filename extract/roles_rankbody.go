package extract

// bodyOfficeOverRank picks, over a military rank written before the name
// with nothing else ("Brigadier General NAME", "Colonel NAME"), an office
// of a body that no state holds that the same mention's comma phrase
// gives: "The coalition's spokesman, Brigadier General NAME," and
// "Colonel NAME, a spokesman for the coalition against ...," speak for
// the coalition, not for the officer's or the story's state (settled
// policy: international and coalition roles are null with the body).
// Abbreviated ranks yield to any office already (rankYields).
func (a *analysis) bodyOfficeOverRank(p *person, best int) int {
	b := p.roles[best]
	if b.rule != ruleTitleBefore || b.country != "" || b.org != "" || !a.spelledRank(b) {
		return best
	}
	for i, o := range p.roles {
		if i == best || o.at != b.at || o.country != "" || formerTitle(o.title) || o.title == "" {
			continue
		}
		if o.nonState && o.orgKind != "party" || o.org != "" && o.orgKind != "party" && o.orgKind != "agency" && o.orgKind != "" {
			return i
		}
	}
	return best
}

// spelledRank reports a title made only of military ranks written in
// full: "Colonel", "Brigadier General".
func (a *analysis) spelledRank(r role) bool {
	words := a.lowerFields(r.title)
	for _, w := range words {
		if !a.lx.roleTags[w+"/military"] {
			return false
		}
	}
	return len(words) > 0
}
