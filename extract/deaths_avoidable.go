package extract

// sparedVerbs after "might have" say the people died who need not have:
// "might have survived", "could have lived".
var sparedVerbs = wordList("spared-verb")

// mightHaveSurvived reads a count of people who "might have survived"
// (or "could have lived"): a review's count of avoidable deaths, dead all
// the same. "At least 23 babies and two mothers might have survived" gives
// 23, and 2 from its own number; the groups are not summed.
func (a *analysis) mightHaveSurvived(n number) (Deaths, bool) {
	toks := a.d.toks
	e := a.peopleNounEnd(n.lim)
	if e == n.lim || e+3 >= len(toks) {
		return Deaths{}, false
	}
	if toks[e].lower == "and" {
		if m, ok := a.countAt(e + 1); ok && m.hedge == e+1 {
			if e2 := a.peopleNounEnd(m.lim); e2 > m.lim {
				e = e2 // "23 babies and two mothers might have survived"
			}
		}
	}
	if e+2 >= len(toks) || !modalVerbs.hasToken(&toks[e]) || toks[e+1].lower != "have" || !sparedVerbs.hasToken(&toks[e+2]) {
		return Deaths{}, false
	}
	if !a.counterfactualAfter(e+3) && !a.foundBefore(n.hedge) {
		return Deaths{}, false // "40 passengers might have survived the crash": alive, perhaps
	}
	return a.makeDeath(n, n.hedge, n.lim, ruleDeathPass), true
}

// peopleNounEnd returns the end of the people a count at j counts: a
// victim's or personnel noun, or a plural noun ("mothers"); j if none.
func (a *analysis) peopleNounEnd(j int) int {
	if e := a.victimNounEnd(j); e > j {
		return e
	}
	if j < len(a.d.toks) && pluralNoun(a.d.toks[j]) {
		return j + 1
	}
	return j
}

// counterfactualAfter reports a condition right after the verb at k that
// makes the survival unreal: "survived if they had", "lived with better
// care", "survived had they".
func (a *analysis) counterfactualAfter(k int) bool {
	if k >= len(a.d.toks) {
		return false
	}
	w := a.d.toks[k].lower
	return w == "if" || w == "with" || w == "had"
}

// foundBefore reports "found" before k in its sentence: a review's or an
// inquiry's finding ("a review found that 45 babies might have lived").
func (a *analysis) foundBefore(k int) bool {
	toks := a.d.toks
	for j := k - 1; j >= 0 && toks[j].sent == toks[k].sent; j-- {
		if toks[j].lower == "found" {
			return true
		}
	}
	return false
}
