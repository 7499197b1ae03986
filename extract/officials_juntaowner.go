package extract

// "Major General NAME, the junta's spokesman," speaks for the junta the
// story has named, whose state is the one it rules: "Myanmar's junta", or
// the state named nearest a bare "the junta" earlier ("148 people in
// Myanmar, according to the junta"), not the state of the dateline (r38d).

// juntaOwnerState returns the state of the junta that owns one of p's
// roles by its "'s" ("the junta's spokesman"), or "".
func (a *analysis) juntaOwnerState(p *person) string {
	toks := a.d.toks
	for i := range p.roles {
		o := p.roles[i].owner
		if o < 0 || o >= len(toks) || toks[o].cap || !juntaWords.hasToken(&toks[o]) {
			continue
		}
		if c := a.ownerStateBefore(o); c != "" {
			return c // "Mali's junta's spokesman"
		}
		for j := o - 1; j >= 0; j-- {
			if !juntaWords.hasToken(&toks[j]) {
				continue
			}
			if c := a.ownerStateBefore(j); c != "" {
				return c // "Myanmar's junta said ..."
			}
			if c := a.nearestStateInSentence(j); c != "" {
				return c // "in Myanmar, according to the junta"
			}
		}
	}
	return ""
}

// nearestStateInSentence returns the state named nearest token j in its
// sentence, by name or adjective, or "".
func (a *analysis) nearestStateInSentence(j int) string {
	s := a.d.sents[a.d.toks[j].sent]
	best, dist := "", len(a.d.toks)
	for k := s.first; k < s.lim; k++ {
		pi := a.placeAt[k]
		if pi < 0 || a.places[pi].first != k {
			continue
		}
		m := a.places[pi]
		if !m.state && m.kind != sAdjective || m.code == "" {
			continue
		}
		d := j - k
		if d < 0 {
			d = k - j
		}
		if d < dist {
			best, dist = m.code, d
		}
	}
	return best
}
