package extract

import "strings"

// partyLegislatorStates gives a legislator's role held for a party of the
// gazetteer ("Choi Min-seo, a lawmaker of the opposition People Power
// Party") the party's state when no rule gave it one: the seat is in that
// state's legislature, the party only the member's affiliation (a party's
// own offices, "party chairman", stay the party's).
func (a *analysis) partyLegislatorStates() {
	for _, p := range a.people {
		r := p.role
		if r == nil || r.country != "" || r.org == "" || !legislatorHeads.has(strings.ToLower(r.head)) {
			continue
		}
		if _, state := a.partyMentionOf(r.org); state != "" {
			r.orgState = state
			r.country = a.partyRoleState(r)
		}
	}
}

// partyMentionOf returns the text and the state of the article's mention
// of the gazetteer's party named org, by its canonical name or as written
// ("a lawmaker of the ruling Liberal Democratic Party" keeps the full
// name); "" and "" when there is none.
func (a *analysis) partyMentionOf(org string) (written, state string) {
	toks := a.d.toks
	for _, m := range a.orgs {
		g := a.lx.orgs[m.org]
		if g.Kind != "party" {
			continue
		}
		if w := a.d.text[toks[m.first].start:toks[m.lim-1].end]; g.Name == org || w == org {
			return w, g.Country
		}
	}
	return "", ""
}
