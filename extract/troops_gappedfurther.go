package extract

// gappedFurther returns the state named right before "a further" (or "an
// additional") number n after "and" or a comma, its verb left out:
// "Britain will send 350 soldiers ..., and Germany a further 200" gives
// the 200 to Germany, as gappedSender does for "and Oslo another 250".
func (a *analysis) gappedFurther(n number) string {
	toks := a.d.toks
	k := n.hedge - 1 // "further"
	if k < 3 || !furtherWords.hasToken(&toks[k]) || toks[k-1].lower != "a" && toks[k-1].lower != "an" {
		return ""
	}
	return a.gappedStateEndingAt(k - 2)
}

// gappedStateEndingAt returns the state whose name ends at p (a state or its
// capital acting for it) after "and" or a comma; else "".
func (a *analysis) gappedStateEndingAt(p int) string {
	toks := a.d.toks
	if p < 1 || a.placeAt[p] < 0 {
		return ""
	}
	m := a.places[a.placeAt[p]]
	if m.lim != p+1 || m.first < 1 || m.kind == sAdjective || m.possessive || !m.state && m.kind != sCapital {
		return ""
	}
	if w := toks[m.first-1]; w.lower != "and" && w.text != "," {
		return ""
	}
	return m.code
}
