package extract

// npOwnedUnit: "the ELN's Northeastern War Front", "the FARC's Southern
// Bloc": a capitalised run after a body's possessive that ends in a
// force's or a body's head noun is a unit of that body, not a person (the
// name finder may read "Southern Bloc" as one). The owner speaks: its
// units are seldom in the gazetteer and the owner is the name readers
// know.
func (a *analysis) npOwnedUnit(p *npPhrase) (speaker, npVerdict) {
	toks := a.d.toks
	mi := a.personAt[p.l-1]
	if len(p.ppl) != 1 || mi < 0 || p.last.kind != tWord || !p.last.cap {
		return speaker{}, npPass
	}
	m := a.mentions[mi]
	if m.lim != p.l || !armedGroupHeads.hasToken(&p.last) && !bodyNouns.hasToken(&p.last) {
		return speaker{}, npPass
	}
	k := m.prefix - 1 // the possessive mark
	f := p.f
	if p.det {
		f++
	}
	if k <= f || k-f > 4 || toks[k].lower != "'s" {
		return speaker{}, npPass
	}
	for j := f; j < k; j++ {
		if toks[j].kind != tWord || !toks[j].cap || a.personAt[j] >= 0 {
			return speaker{}, npPass // "Maduro's Socialist Party": a person owns it
		}
	}
	return speaker{name: a.d.text[toks[f].start:toks[k-1].end], body: true}, npAccept
}
