package extract

// unitFromForce reports a unit's noun at j that needs a modifier ("team",
// "company") followed by "from" and an armed or police force of an owner:
// "a 150-member team from its armed forces", "a 40-strong team from the
// Malaysian army", "a 60-strong team from Nepal's police". The team's
// members are that force's personnel, as in "a 60-strong team of army
// engineers" (unitOfPersonnel); "a 150-member team from its foreign
// ministry" is none.
func (a *analysis) unitFromForce(j int) bool {
	toks := a.d.toks
	if j+3 >= len(toks) || !strongUnitsAfterMod.hasToken(&toks[j]) || toks[j+1].lower != "from" {
		return false
	}
	k := j + 2
	switch toks[k].lower {
	case "its", "their", "the":
		k++
	default:
		m, ok := a.placeStartingAt(k)
		if !ok || !m.state || m.lim >= len(toks) || toks[m.lim].lower != "'s" {
			return false
		}
		k = m.lim + 1 // "Nepal's police"
	}
	if m, ok := a.placeStartingAt(k); ok && m.kind == sAdjective {
		k = m.lim // "the Malaysian army"
	}
	if k < len(toks) && toks[k].lower == "armed" {
		k++
	}
	return k < len(toks) && toks[k].sent == toks[j].sent && forceWordsIn.hasToken(&toks[k])
}
