package extract

// ownerChainLinks is how many earlier uses of the same owner noun
// chainedOwnerBody follows back, each within ownerReach of the next.
const ownerChainLinks = 3

// chainedOwnerBody returns the body that a lower-case owner noun at o
// ("the agency's deputy director") stands for when the body's name lies
// beyond ownerReach but an earlier "the agency" refers back to it: the
// same noun after "the" names the same body until another body it may
// stand for, or a capitalised name with that noun, comes between. ""
// when no earlier use of the noun finds a body that is no state's.
func (a *analysis) chainedOwnerBody(o int) string {
	toks := a.d.toks
	kinds := a.lx.bodyNounKinds[toks[o].lower]
	if len(kinds) == 0 {
		return ""
	}
	for n := 0; n < ownerChainLinks; n++ {
		j := a.earlierOwnerNoun(o)
		if j < 0 || a.rivalOwnerBetween(j, o, kinds) {
			return ""
		}
		if body := a.kindOrgBack(j); body != "" {
			return body // "Frontex ... at the agency's offices ... The agency's deputy director"
		}
		o = j
	}
	return ""
}

// earlierOwnerNoun is the nearest use before o of the lower-case noun at o
// after "the" ("the agency", "the agency's"), or -1.
func (a *analysis) earlierOwnerNoun(o int) int {
	toks := a.d.toks
	for j := o - 1; j >= 1; j-- {
		if !toks[j].cap && toks[j].lower == toks[o].lower && toks[j-1].lower == "the" {
			return j
		}
	}
	return -1
}

// rivalOwnerBetween reports a body between j and o that the noun may stand
// for: one of the gazetteer of the noun's kinds, or a capitalised name
// ending with the noun ("the Migration Agency").
func (a *analysis) rivalOwnerBetween(j, o int, kinds []string) bool {
	toks := a.d.toks
	for k := j + 1; k < o; k++ {
		if toks[k].cap && toks[k].lower == toks[o].lower {
			return true
		}
	}
	for _, g := range a.orgs {
		if g.first > j && g.first < o && slicesContain(kinds, a.lx.orgs[g.org].Kind) {
			return true
		}
	}
	return false
}
