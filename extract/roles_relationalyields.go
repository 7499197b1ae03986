package extract

// A role that only relates the person to another ("her Ukrainian
// counterpart, NAME") or that he held before ("NAME, a former lawmaker")
// yields to an office he holds now, told in another mention: "NAME,
// Ukraine's parliamentary ombudsman", "the headquarters' secretary, NAME".
// The guidelines report the most specific role, and a present office says
// more than a relation or a past one.

// relationalYields returns the role of p to report in place of best when
// best is a bare "counterpart" or a former role and another of p's roles
// is a present office with a title of its own (a candidacy is none);
// else best.
func (a *analysis) relationalYields(p *person, best int) int {
	b := p.roles[best]
	if b.head != "counterpart" && !(formerTitle(b.title) && b.rule == ruleApposition) {
		return best
	}
	for i, o := range p.roles {
		if i == best || o.title == "" || o.head == "counterpart" || formerTitle(o.title) || o.head == b.head || candidacyHeads.has(o.head) {
			continue
		}
		if o.rule != ruleApposition && o.rule != ruleTitleComma {
			continue
		}
		return i
	}
	return best
}
