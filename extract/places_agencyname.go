package extract

// agencyStateOfCapital returns the state of another state's agency whose
// longer name a capital opens: "Victoria Police" is the Australian
// state's force, not Seychelles' capital acting, so the name is a place
// of that state. "" for any other mention.
func (a *analysis) agencyStateOfCapital(m *placeMention) string {
	if m.kind != sCapital || !a.lx.orgTrie.mayStart(&a.d.toks[m.first], false) {
		return ""
	}
	vals, lim := a.lx.orgTrie.match(a.d.toks, m.first, false)
	if lim <= m.lim {
		return ""
	}
	if o := a.lx.orgs[vals[0]]; o.Kind == "agency" && o.Country != "" && o.Country != m.code {
		return o.Country
	}
	return ""
}
