package extract

// "Kazakhstan sent National Guard troops …. The Interior Ministry said
// …": a speaker phrase that writes a body's own name in capitals, a
// modifier before its noun, is that body; another body the noun's kind
// alone fits ("ministry" is an agency, as the Guard is) is not it. A body
// named before whose name holds the modifiers ("Interior Ministry of
// Kazakhstan") still is.

// ownNameModifiers returns the capitalised words between "the" and the
// body noun of p that are no place's name ("The Interior Ministry",
// "the Kazakh Emergency Committee": "Interior", "Emergency"), or nil when
// the phrase is not so written.
func (a *analysis) ownNameModifiers(p *npPhrase) []string {
	toks := a.d.toks
	if !p.det || p.l-p.f < 3 || !p.last.cap || len(p.ppl) > 0 {
		return nil
	}
	var mods []string
	for k := p.f + 1; k < p.l-1; k++ {
		t := toks[k]
		if !t.cap || t.kind != tWord {
			return nil
		}
		if a.placeAt[k] < 0 {
			mods = append(mods, t.text)
		}
	}
	return mods
}

// otherBodyThanNamed reports a body s found for p by its noun's kind
// whose name lacks a modifier p writes in capitals.
func (a *analysis) otherBodyThanNamed(p *npPhrase, s speaker) bool {
	for _, m := range a.ownNameModifiers(p) {
		if !hasWordFold(s.name, m) {
			return true
		}
	}
	return false
}
