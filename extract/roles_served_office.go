package extract

// bodyOfficeEnd returns the token after an office of the body that ends
// right before k, when that office closes the complement: "a spokesman for
// the UN secretary-general", "an adviser to the WHO director-general". The
// role serves the body's office holder, so it is the body's own role; k
// when no office stands there, or the phrase goes on ("for the UN
// secretary-general's envoy", "for the UN secretary-general NAME").
func (a *analysis) bodyOfficeEnd(k int) int {
	toks := a.d.toks
	e := a.servedRoleEnd(k)
	if e == k || !a.complementPhraseEnds(e) {
		return k
	}
	for x := k; x < e; x++ {
		if toks[x].cap || toks[x].kind != tWord {
			return k
		}
		if kind := a.roleKind(x); x < e-1 && kind != rMod && kind != rQual {
			return k
		}
	}
	return e
}

// qualifiedRoleAt reports a role noun at j, perhaps after up to two
// qualifiers or modifiers of a title: "NAME, a lawyer and former president
// of the league," and "an economist and deputy finance minister" hold the
// office after "and" as "a hydrologist and spokesman" does.
func (a *analysis) qualifiedRoleAt(j int) bool {
	toks := a.d.toks
	for n := 0; n <= 2 && j < len(toks); n, j = n+1, j+1 {
		switch kind := a.roleKind(j); {
		case kind == rHead:
			return true
		case toks[j].cap || toks[j].kind != tWord || kind != rQual && kind != rMod:
			return false
		}
	}
	return false
}

// portfolioBodyEnd returns the token after a body's part named by its
// portfolios, right after the body at e, when it closes the complement:
// "of the Seimas national security and defence committee", "of the
// Bundestag foreign affairs committee"; e when none stands there.
// bodyNounAfter reads one modifier; a part's portfolios run longer.
func (a *analysis) portfolioBodyEnd(e int) int {
	toks := a.d.toks
	x := e
	for x < len(toks) && x < e+6 && !bodyParts.hasToken(&toks[x]) && a.portfolioPartWord(x, x > e) {
		x++
	}
	if x == e || x >= len(toks) || !bodyParts.hasToken(&toks[x]) || !a.complementPhraseEnds(x+1) {
		return e
	}
	return x + 1
}

// portfolioPartWord reports a lower-case word at k that may stand in a
// portfolio's phrase: a plain noun, a title's modifier ("defence"), or,
// when inside, "and" joining two of them.
func (a *analysis) portfolioPartWord(k int, inside bool) bool {
	t := &a.d.toks[k]
	if t.kind != tWord || t.cap {
		return false
	}
	if t.lower == "and" {
		return inside && k+1 < len(a.d.toks) && (a.plainNoun(k+1) || a.roleKind(k+1) == rMod)
	}
	return a.plainNoun(k) || a.roleKind(k) == rMod
}
