package extract

// jointOfBody reports a figure of a joint force that a multinational body
// named before it in its sentence creates or commands: "Gulf Cooperation
// Council defence ministers meeting in Kuwait City also approved the
// creation of a 5,000-strong joint rapid reaction force" is drawn from all
// its members, no one state's, whatever city they met in.
func (a *analysis) jointOfBody(n number) bool {
	toks := a.d.toks
	s := a.d.sents[toks[n.first].sent]
	joint := false
	for k := n.hedge - 1; k >= s.first && k >= n.hedge-4 && !joint; k-- {
		joint = jointWords.hasToken(&toks[k]) // "a joint force of 5,000"
	}
	for k := n.lim; k < s.lim && k < n.lim+5 && !joint; k++ {
		joint = jointWords.hasToken(&toks[k]) // "a 5,000-strong joint force"
	}
	if !joint {
		return false
	}
	for k := s.first; k < n.first; k++ {
		if g, ok := a.orgAtTok(k); ok && a.lx.orgs[g.org].Kind == "intl" {
			return true
		}
	}
	return false
}
