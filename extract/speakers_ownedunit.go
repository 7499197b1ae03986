package extract

// npOwnedUnit: "the ELN's Northeastern War Front", "the FARC's Southern
// Bloc": a capitalised run after a body's possessive that ends in a
// force's or a body's head noun is a unit of that body, not a person (the
// name finder may read "Southern Bloc" as one). The owner speaks: its
// units are seldom in the gazetteer and the owner is the name readers
// know.
func (a *analysis) npOwnedUnit(p *npPhrase) (speaker, npVerdict) {
	toks := a.d.toks
	if p.last.kind != tWord || !p.last.cap || !armedGroupHeads.hasToken(&p.last) && !bodyNouns.hasToken(&p.last) {
		return speaker{}, npPass
	}
	unit := a.unitRunStart(p)
	if unit < 0 {
		return speaker{}, npPass
	}
	k := unit - 1 // the possessive mark
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

// unitRunStart returns the first token of the unit's name that ends the
// phrase p: the person the name finder read in it ("Southern Bloc"), or a
// capitalised run that names no one and ends in an armed group's head
// ("Northeastern War Front", read as a body's name) after a possessive
// that is no place's; -1 when the phrase ends otherwise.
func (a *analysis) unitRunStart(p *npPhrase) int {
	toks := a.d.toks
	if mi := a.personAt[p.l-1]; mi >= 0 {
		if m := a.mentions[mi]; len(p.ppl) == 1 && m.lim == p.l {
			return m.prefix
		}
		return -1
	}
	if len(p.ppl) != 0 || !armedGroupHeads.hasToken(&p.last) {
		return -1 // "Russia's Defence Ministry" speaks as itself
	}
	j := p.l - 1
	for j > p.f && toks[j-1].kind == tWord && toks[j-1].cap && a.personAt[j-1] < 0 {
		j--
	}
	if j < 2 || toks[j-1].lower != "'s" || a.placeAt[j-2] >= 0 {
		return -1 // a state's or a place's unit is named in full
	}
	return j
}
