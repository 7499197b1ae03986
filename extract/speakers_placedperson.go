package extract

import "strings"

// placePreps place a person without naming their role: "a nurse in the
// ward", "one user on Tumblr", "a man at the scene". "Of" and "for" are
// left out: "a spokesman for the ministry", "the head of the agency" make
// the body part of the role and are read by the rules before.
var personPlacePreps = closedSet("in", "at", "on", "near", "inside", "outside")

// npPlacedPerson: "A nurse in the ward said:" is the nurse; the place
// after the noun for a person says where they were, it is no speaker
// (without this the phrase ends in "ward", a noun for no one, and the
// quote lost its speaker). The words up to the noun are the speaker; a
// name inside the phrase leaves it to the rules for names.
func (a *analysis) npPlacedPerson(p *npPhrase) (speaker, npVerdict) {
	toks := a.d.toks
	if len(p.ppl) > 0 {
		return speaker{}, npPass
	}
	for k := p.f; k+2 < p.l; k++ {
		if toks[k].cap || !a.personNoun(k) || !personPlacePreps.hasToken(&toks[k+1]) {
			continue
		}
		name := trimModifiers(trimDeterminer(strings.TrimSpace(a.d.text[p.first.start:toks[k].end])))
		if name == "" {
			return speaker{}, npPass
		}
		return speaker{name: name, body: true}, npAccept
	}
	return speaker{}, npPass
}
