package extract

import "strings"

// composedAfterForce reports a verb of composition at e, right after the
// number that ends "a force of N", whose object counts the force's parts
// or names its personnel: "The MINUSCA force of roughly 14,000 includes
// about 1,300 Bangladeshi troops", "a brigade of 3,000 comprises three
// battalions" tell the force's size as a verb of its own does; "a unit
// of 400 includes the shares" does not. "made" needs its "up".
func (a *analysis) composedAfterForce(e int) bool {
	toks := a.d.toks
	if e+1 >= len(toks) || !composeVerbs.hasToken(&toks[e]) || strings.HasSuffix(toks[e].lower, "ing") {
		return false
	}
	o := e + 1
	if toks[e].lower == "made" {
		if toks[o].lower != "up" || o+2 >= len(toks) || toks[o+1].lower != "of" {
			return false
		}
		o += 2
	}
	if h := hedgeAfter(toks, o); mayBeNumber(&toks[h]) {
		return true // "includes about 1,300", "comprises three battalions"
	}
	_, ok := a.strongPersonnelAt(o)
	return ok // "includes troops from Egypt"
}

// composedWholeState returns the state of a force's whole whose parts a
// verb of composition lists after its size: only the state written
// before its noun ("The Egyptian contingent of 1,100 comprises"), none
// from the parts ("The MINUSCA force of 14,000 includes 1,300
// Bangladeshi ... troops" is no one state's).
func (a *analysis) composedWholeState(noun int) string {
	c, _ := a.forceNounState(noun)
	return c
}
