package extract

// A counted group of the dead after an inverted participle of death:
// "Killed in the ambush were four policemen on their way home". namedDead
// reads such a list only when it ends the clause, so a counted group with
// a phrase after it ("on their way home from a night shift") gave nothing.

// killedFrontedWere reads the number after "were" when the sentence opens
// with a participle of death and, at most, a short phrase of where or
// when: "Killed in the ambush were four policemen ...", "Slain were 12
// villagers". The number counts people ("four policemen").
func (a *analysis) killedFrontedWere(n number, rule string) (Deaths, bool) {
	toks := a.d.toks
	k := n.hedge - 1
	s := a.d.sents[toks[n.first].sent]
	if k < s.first+1 || toks[k].lower != "were" && toks[k].lower != "are" {
		return Deaths{}, false
	}
	kinds, lim := a.deathKindsAt(s.first)
	if !hasKind(kinds, dPassive) || hasKind(kinds, dHurt) || !toks[s.first].cap {
		return Deaths{}, false
	}
	if lim > k || !a.deadHeadingTail(lim, k) {
		return Deaths{}, false
	}
	if _, _, ok := a.namedDead(n.hedge); ok {
		return Deaths{}, false // a list read whole: "four soldiers and a civilian interpreter" is five
	}
	if !a.victimsFollow(n) && !a.victimWordAfterModifiers(n.lim) {
		return Deaths{}, false
	}
	return a.makeDeath(n, s.first, n.lim, rule), true
}
