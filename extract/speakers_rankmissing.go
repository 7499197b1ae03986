package extract

import "strings"

// heldRankMissing reports a holder whose title carries a second-rank
// qualifier ("deputy", "shadow") that the role phrase lacks: "the first
// minister" is not "the deputy First Minister, NAME", nor "the defence
// secretary" "the shadow defence secretary, NAME". The qualifier makes
// another office, in either direction.
func (a *analysis) heldRankMissing(per *person, p *npPhrase) bool {
	for _, w := range strings.Fields(strings.ToLower(per.role.title)) {
		if secondRanks.has(w) && !a.hasWord(p.f, p.l, w) {
			return true
		}
	}
	return false
}

// rankMissing reports a title carrying a second-rank qualifier that the
// lower-case description desc lacks: "deputy First Minister" for "first
// minister".
func rankMissing(title, desc string) bool {
	for _, w := range strings.Fields(strings.ToLower(title)) {
		if secondRanks.has(w) && !hasWordFold(desc, w) {
			return true
		}
	}
	return false
}

// leadSaysPhrase reports a three-word role phrase ("the defence
// secretary") written word for word in one of the story's first two
// sentences, so that leadHolder may read it as the lead's unnamed role
// the next sentence names: "…, the defence secretary has told MPs.
// NAME said …".
func (a *analysis) leadSaysPhrase(p *npPhrase) bool {
	if p.l-p.f != 3 || len(a.d.sents) < 2 {
		return false
	}
	toks := a.d.toks
	for k := 0; k+2 < a.d.sents[1].lim && k+2 < p.f; k++ {
		if toks[k].lower == "the" && toks[k+1].lower == toks[p.f+1].lower && toks[k+2].lower == p.last.lower && !toks[k+2].cap {
			return true
		}
	}
	return false
}
