package extract

// Crews told by a possessive that stands for warships of the sentence
// before are sailors: "Helsinki is sending two fast attack craft. Their
// crews together number about seventy" (personnelNumber).

// ownerCrewsOfWarships reports "their" or "its" right before the crew
// noun at j whose sentence follows one, in the same paragraph, that names
// a warship.
func (a *analysis) ownerCrewsOfWarships(j int) bool {
	toks := a.d.toks
	if j < 1 || toks[j-1].lower != "their" && toks[j-1].lower != "its" {
		return false
	}
	s := a.d.sents[toks[j].sent]
	if s.first == 0 || toks[s.first-1].para != toks[j].para {
		return false
	}
	p := a.d.sents[toks[s.first-1].sent]
	for k := p.first; k < p.lim; k++ {
		if isWarshipWord(toks[k]) || coastGuardShip(toks, k) {
			return true
		}
	}
	return false
}
