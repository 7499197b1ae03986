package extract

// preventedDeaths reports a number whose deaths a verb right before it
// kept off or only feared: "prevented nine deaths", "averted an
// estimated 20,000 deaths", "saved 40 lives". No one died of them.
func (a *analysis) preventedDeaths(n number) bool {
	k := n.hedge - 1
	return k >= 0 && a.d.toks[k].kind == tWord && prospectVerbs.hasToken(&a.d.toks[k])
}
