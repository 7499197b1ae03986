package extract

// Formations counted in words before an aside that totals their men:
// "Two battalions of the Assam Rifles, totalling about 1,700 men, moved
// in". armedFormationAt takes a bare formation only after "a" or "one",
// and forceOfHead steps back over a body's name only before a verb of
// numbering, so the aside's figure was lost.

// countedFormations are the formations of armed units that a count
// before them makes a force ("two battalions", "three companies").
var countedFormations = closedSet("battalions", "brigades", "regiments", "platoons", "squadrons", "companies", "divisions")

// countedFormationHead returns the formation that a participle of
// numbering at k totals after a comma, a plural formation counted by a
// number before it, stepping back over a body's name after "of": "Two
// battalions of the Assam Rifles, totalling about 1,700", "three
// infantry companies, numbering 450"; else -1.
func (a *analysis) countedFormationHead(k int) int {
	toks := a.d.toks
	if w := toks[k].lower; k < 3 || w != "numbering" && w != "totalling" && w != "totaling" || toks[k-1].text != "," {
		return -1
	}
	from := a.d.sents[toks[k].sent].first
	for i := k - 2; i > from && i >= k-8; i-- {
		t := &toks[i]
		if countedFormations.hasToken(t) {
			c := i - 1
			if unitMods.hasToken(&toks[c]) && c > from {
				c-- // "three infantry companies"
			}
			if m, ok := a.d.parseNumber(c); ok && m.lim == c+1 && m.value >= 2 && !m.vague {
				return i
			}
			return -1
		}
		if t.kind != tWord || !t.cap && t.lower != "of" && t.lower != "the" {
			return -1
		}
	}
	return -1
}
