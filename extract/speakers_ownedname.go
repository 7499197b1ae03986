package extract

// npOwnedBodyName: "Afghanistan's Taliban administration", "the Islamic
// State group's Amaq news agency": a body named in capitals after an
// owner's "'s" and described by a common noun after its name is the body
// that speaks, by its own name. The owner (the state it works in, the
// group it belongs to) and the common noun ("administration", "news
// agency") are no part of that name. A name that ends in capitals
// ("Russia's Defence Ministry", "People's Daily") keeps its owner, which
// may be part of it; a role in capitals ("Britain's Foreign Secretary")
// or a person owning it ("Maduro's Socialist Party") is left to the rules
// for people.
func (a *analysis) npOwnedBodyName(p *npPhrase) (speaker, npVerdict) {
	toks := a.d.toks
	if len(p.ppl) != 0 {
		return speaker{}, npPass
	}
	o := -1
	for k := p.f + 1; k < p.l-1; k++ {
		if ownerMark(toks, k) {
			o = k
		}
	}
	if o < 0 || !toks[o+1].cap {
		return speaker{}, npPass
	}
	n := o + 1
	for n < p.l && toks[n].cap && toks[n].kind == tWord && a.roleKind(n) != rHead && a.placeAt[n] < 0 {
		n++
	}
	if n == o+1 || n == p.l || toks[n].cap {
		return speaker{}, npPass // no common noun after the name, or a title or a place inside the capitals
	}
	for k := n; k < p.l; k++ {
		if !bodyNouns.hasToken(&toks[k]) && !mediaNouns.hasToken(&toks[k]) {
			return speaker{}, npPass // "Britain's Labour Party leader"
		}
	}
	return speaker{name: a.d.text[toks[o+1].start:toks[n-1].end], body: true}, npAccept
}

// mediaNouns may stand between a news agency's name and its head noun
// ("Amaq news agency").
var mediaNouns = closedSet("news", "media", "press")
