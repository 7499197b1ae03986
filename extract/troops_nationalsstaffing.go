package extract

// A state's people, named by its plural, who staff a military post:
// "Around 100 Russians had staffed the checkpoint before handing it to
// Armenian officers". Manning a checkpoint or a base is a force's duty,
// so the people are its personnel, of their own state;
// nationalsServing reads only "serving" and the participles of posting.

// staffVerbs hold a post with people: "staffed", "manned".
var staffVerbs = wordList("staff-verb")

// postNouns name a post that a force holds: "the checkpoint".
var postNouns = wordList("post-noun")

// nationalsStaffing reads a number right before a state's plural whose
// verb of staffing, past at most two auxiliaries, has a post or a base
// for its object: "100 Russians had staffed the checkpoint".
func (a *analysis) nationalsStaffing(n number, rule string) (Troops, bool) {
	toks := a.d.toks
	m, ok := a.statePluralAt(n.lim)
	if !ok || a.isYear(n) {
		return Troops{}, false
	}
	v := m.lim
	for v < len(toks) && v < m.lim+2 && auxWords.hasToken(&toks[v]) && toks[v].lower != "to" {
		v++
	}
	if v+2 >= len(toks) || toks[v].sent != toks[n.first].sent || !staffVerbs.hasToken(&toks[v]) || !determiners.hasToken(&toks[v+1]) {
		return Troops{}, false
	}
	o := v + 2
	if o+1 < len(toks) && toks[o].kind == tWord && !toks[o].cap && !postNouns.hasToken(&toks[o]) && !baseNouns.hasToken(&toks[o]) {
		o++ // one modifier: "the border checkpoint"
	}
	if !postNouns.hasToken(&toks[o]) && !baseNouns.hasToken(&toks[o]) || a.isCasualty(n.hedge, m.lim) {
		return Troops{}, false
	}
	return a.makeTroops(n, m.lim, m.code, toks[m.lim-1].text, rule), true
}
