package extract

// ruleOpenTitleBefore names a role no list holds, written before the name
// after the body it serves: "WFP procurement specialist NAME".
const ruleOpenTitleBefore = "open-title-before"

// openTitleBefore reads one to three lower-case words before the name that
// end in an open role noun (roles_open.go) right after a body the
// gazetteer holds: without the body, "farmer NAME" or "singer NAME" says
// no office.
func (a *analysis) openTitleBefore(rule string, p *person, mi int) bool {
	toks := a.d.toks
	m := a.mentions[mi]
	h := m.first - 1
	if h < 1 || m.prefix != m.first || toks[h].para != toks[m.first].para || !a.openRoleNoun(h) {
		return false
	}
	lo := h
	for lo > 0 && h-lo < 2 && toks[lo-1].kind == tWord && !toks[lo-1].cap && !npFunctionWords.hasToken(&toks[lo-1]) && a.roleKind(lo-1) == 0 && toks[lo-1].para == toks[h].para {
		lo--
	}
	o, ok := a.orgAtTok(lo - 1)
	if !ok || o.lim != lo || toks[o.first].para != toks[h].para {
		return false
	}
	w := titleWalk{hi: m.first, lo: lo, ownerAt: -1, hasHead: true, head: toks[h].lower}
	for x := h; x >= lo; x-- {
		w.words = append(w.words, x)
	}
	w.setOrg(a.lx.orgs[o.org])
	w.nonState = w.orgKind != "agency" && w.orgKind != "party"
	a.addRole(p, w, rule, 5, mi) // after every listed role's rule
	return true
}
