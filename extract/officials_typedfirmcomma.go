package extract

// A title before a comma and a name may end in a firm named after its
// trade: "The head of the Lyon public transport operator TCL, NAME," is
// the operator's head, a company's office (GUIDELINES: companies null,
// with the company), as "NAME, head of the Lyon transport operator TCL"
// is.

// typedFirmBeforeComma gives w the firm whose capitalised name ends the
// title right before the comma at c, after a lower-case trade noun
// (firmNouns) inside the title: "operator TCL", "carmaker Aurelis".
func (a *analysis) typedFirmBeforeComma(w *titleWalk, c int) {
	toks := a.d.toks
	if w.org != "" || c < 2 {
		return
	}
	s := c
	for s > w.lo && s-1 >= 0 && toks[s-1].kind == tWord && toks[s-1].cap && s > c-4 {
		s--
	}
	if s == c || s-1 < w.lo || toks[s-1].cap || !firmNouns.hasToken(&toks[s-1]) {
		return
	}
	for k := s; k < c; k++ {
		if a.placeAt[k] >= 0 || a.personAt[k] >= 0 {
			return
		}
	}
	w.org, w.orgKind, w.country, w.nonState = a.d.text[toks[s].start:toks[c-1].end], "", "", true
}
