package extract

// leadRoleBody returns the body whose unnamed role the lead paragraph
// gives and the next paragraph opens by naming: "The United Nations
// refugee agency's special envoy for the Americas called on Tuesday ...
// / Envoy NAME, a former Norwegian minister, visited survivors" is the
// agency's envoy, no state's. The lead's owner must be a body (its name
// or a lower-case body noun), not a state ("Kenya's envoy"). ok reports
// such a lead; body is the gazetteer's name of the owner, or "".
func (a *analysis) leadRoleBody(p *person, r *role) (body string, ok bool) {
	toks := a.d.toks
	if len(p.mentionIdx) == 0 || len(a.d.paras) < 2 || r.head == "" {
		return "", false
	}
	m := a.mentions[p.mentionIdx[0]]
	if toks[m.first].para != 1 || int(toks[m.first].sent) != int(toks[a.d.paras[1].first].sent) {
		return "", false // named first in the opening sentence of the second paragraph
	}
	lead := a.d.paras[0]
	for k := lead.first + 1; k < lead.lim; k++ {
		if toks[k].lower != "'s" || toks[k-1].cap || toks[k-1].kind != tWord {
			continue // "the agency's", "the mission's": a lower-case owner
		}
		for j := k + 1; j < lead.lim && j <= k+4 && toks[j].kind == tWord && !toks[j].cap; j++ {
			if toks[j].lower != r.head {
				continue
			}
			for o := k - 1; o >= lead.first && o >= k-5; o-- {
				if _, state := a.stateMentionAt(o); state {
					return "", false // "Kenya's refugee agency's envoy": the state's
				}
				if g, found := a.orgAtTok(o); found {
					return a.lx.orgs[g.org].Name, true
				}
			}
			return "", a.bodyKindAt(k-1) == "nonstate"
		}
	}
	return "", false
}
