package extract

// goesOnAt reports "went on" or "goes on" at token v that ends its clause,
// a cue after a quote as "continued" is: `"…," Ndiaye-Kamara went on.`,
// `"…," she went on, "…"`. The verb alone ("went to Bangui") or with an
// object or clause after "on" ("went on television", "went on to say")
// is no cue.
func (a *analysis) goesOnAt(v int) bool {
	toks := a.d.toks
	if v+1 >= len(toks) || !goOnForms.hasToken(&toks[v]) || toks[v+1].lower != "on" || a.quoteAt[v] >= 0 {
		return false
	}
	n := v + 2
	return n >= len(toks) || toks[n].para != toks[v].para || toks[n].text == "." || toks[n].text == "," || toks[n].kind == tQuote
}

// goOnForms are the forms of "go" that "on" makes a cue of speech.
var goOnForms = closedSet("went", "goes")
