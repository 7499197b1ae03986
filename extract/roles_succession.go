package extract

import "strings"

// ruleSuccession names the office of a person the article names only as
// the successor or predecessor of the office's holder.
const ruleSuccession = "succession"

// findSuccessionRoles gives a person with no role of their own the office
// of the holder they succeed or precede: "Defence Minister NAME's
// successor, NAME2," holds the ministry; "The new minister, NAME, ... .
// He replaces NAME2," and "NAME was named foreign minister, succeeding
// NAME2" make NAME2 its former holder; "NAME's predecessor, NAME2," too.
// The holder's title is taken without "new" or "former".
func (a *analysis) findSuccessionRoles() {
	for mi := range a.mentions {
		m := a.mentions[mi]
		p := a.people[m.person]
		if len(p.roles) > 0 || m.prefix < 2 || p.mentionIdx[0] != mi {
			continue // a person named before is no new holder: "Tomas Gil, an economist, left ... . Ana Ruiz replaces Gil"
		}
		holder, former := a.successionHolder(m.prefix)
		if holder == nil || holder == p {
			continue
		}
		r := bestRankedRole(holder)
		title := strings.TrimPrefix(strings.TrimPrefix(r.title, "new "), "former ")
		if former {
			title = "former " + title
		}
		w := titleWalk{lo: m.prefix, hi: m.prefix, hasHead: true, head: r.head, country: r.country, org: r.org, orgKind: r.orgKind, orgState: r.orgState, nonState: r.nonState, ownerAt: -1}
		a.addRoleText(p, w, title, ruleSuccession, 5, mi)
	}
}

// bestRankedRole is the role of p that its rule ranks first, the earliest
// among equals, as chooseRole starts from.
func bestRankedRole(p *person) *role {
	best := 0
	for i, r := range p.roles {
		if b := p.roles[best]; r.rank < b.rank || r.rank == b.rank && r.at < b.at {
			best = i
		}
	}
	return &p.roles[best]
}

// successionHolder returns the holder of an office whom the name at k
// succeeds or precedes, and whether the name is the former holder: after
// "HOLDER's successor," or "HOLDER's predecessor,"; after "replaces",
// "succeeded" or "replacing" whose subject is the holder by name, by "He"
// or "She" opening the sentence (the last holder named before it), or by
// the subject of the sentence before ", replacing".
func (a *analysis) successionHolder(k int) (*person, bool) {
	toks := a.d.toks
	if toks[k-1].text == "," && k >= 4 && toks[k-3].lower == "'s" {
		if x := toks[k-2].lower; x == "successor" || x == "predecessor" {
			if mi := a.personAt[k-4]; mi >= 0 {
				return a.withRole(a.people[a.mentions[mi].person]), x == "predecessor"
			}
		}
		return nil, false
	}
	v := k - 1
	if !officeSuccession.hasToken(&toks[v]) || toks[v].cap || strings.HasPrefix(toks[v].lower, "t") {
		return nil, false // "takes over from" is ministryOpenerRole's
	}
	s := a.d.sents[toks[v].sent]
	switch x := toks[v-1]; {
	case (x.lower == "he" || x.lower == "she") && v-1 == s.first:
		if mi := a.lastPersonBefore(s.first, max(int(toks[v].sent)-1, 0)); mi >= 0 {
			return a.withRole(a.people[a.mentions[mi].person]), true
		}
	case x.text == "," && toks[v].lower == "replacing" || toks[v].lower == "succeeding":
		if mi := a.personAt[s.first]; mi >= 0 && a.mentions[mi].first == s.first {
			return a.withRole(a.people[a.mentions[mi].person]), true
		}
	case a.personAt[v-1] >= 0:
		return a.withRole(a.people[a.mentions[a.personAt[v-1]].person]), true
	}
	return nil, false
}

// withRole is p when p holds a role, else nil.
func (a *analysis) withRole(p *person) *person {
	if len(p.roles) == 0 {
		return nil
	}
	return p
}
