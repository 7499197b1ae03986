package extract

// An attacker killed by the police or troops after the toll of his
// victims: "The gunman killed four people before he was shot dead by
// officers" states his death too, a death of 1 of his own (ruling fx83 on
// GUIDELINES, Deaths: "A number of people the article states were killed
// or died"). Referred back to ("he", "the gunman"), he is no victim of the
// toll, so the one is no part of it. "Was shot by officers" and "turning
// the gun on himself" state no death.

// securityAgents are the heads of the police or troops who kill an
// attacker: "by officers", "by a sheriff's deputy", "by security forces".
var securityAgents = wordList("security-agent")

// attackerNouns name the attacker of a toll: "the gunman", "the suspect".
var attackerNouns = wordList("attacker-noun")

// firefightNouns name an exchange of fire that kills an attacker: "in an
// exchange of fire", "in a shootout with police".
var firefightNouns = wordList("firefight-noun")

// attackerKilledBy reports the one victim l (read from j on) whose death
// ends at lim as the attacker killed by the police or troops: a passive
// with its agent after ("he was shot dead by officers", "was killed in a
// shootout"), or an active verb at verb with such a subject before ("an
// off-duty officer shot him dead"); verb is -1 for a passive.
func (a *analysis) attackerKilledBy(l victimList, verb, lim int) bool {
	if l.count != 1 || !a.attackerItem(l) {
		return false
	}
	if verb >= 0 {
		return a.securityAgentBefore(verb)
	}
	return a.securityAgentAfter(lim) || a.firefightAfter(lim)
}

// attackerItem reports one victim who is the attacker: a pronoun after a
// toll in its own sentence ("killed four people before he was shot
// dead"), or a definite noun for an attacker ("the 24-year-old gunman").
func (a *analysis) attackerItem(l victimList) bool {
	toks := a.d.toks
	j := l.first
	switch toks[j].lower {
	case "he", "she", "him", "her":
		s := a.d.sents[toks[j].sent]
		for x := s.first; x < j; x++ {
			if a.deathNumberAt(x) {
				return true
			}
		}
		return false
	case "the":
		for k := j + 1; k < l.lim && k <= j+4; k++ {
			if attackerNouns.hasToken(&toks[k]) {
				return true
			}
		}
	}
	return false
}

// securityAgentAfter reports "by" at k and a police or troop head within
// a few words of its phrase: "by a sheriff's deputy", "by police".
func (a *analysis) securityAgentAfter(k int) bool {
	toks := a.d.toks
	if k >= len(toks) || toks[k].lower != "by" {
		return false
	}
	for x := k + 1; x < len(toks) && x <= k+5 && toks[x].sent == toks[k].sent; x++ {
		if w := toks[x].lower; w == "," || w == ";" || w == "and" || w == "who" {
			return false
		}
		if securityAgents.hasToken(&toks[x]) {
			return true
		}
	}
	return false
}

// firefightAfter reports "in" at k and a noun of an exchange of fire
// within its phrase: "in an exchange of fire", "in a shootout".
func (a *analysis) firefightAfter(k int) bool {
	toks := a.d.toks
	if k >= len(toks) || toks[k].lower != "in" {
		return false
	}
	for x := k + 1; x < len(toks) && x <= k+3; x++ {
		if firefightNouns.hasToken(&toks[x]) {
			return true
		}
	}
	return false
}

// securityAgentBefore reports a police or troop head as the subject of
// the killing verb at verb, within its clause: "before an off-duty
// officer shot him dead", "before police shot and killed him".
func (a *analysis) securityAgentBefore(verb int) bool {
	toks := a.d.toks
	s := a.d.sents[toks[verb].sent]
	for x := verb - 1; x >= s.first && x >= verb-5; x-- {
		switch toks[x].lower {
		case ",", ";", "before", "after", "when", "until", "who", "that":
			return false
		}
		if a.lx.speech[toks[x].lower] != "" || attackerNouns.hasToken(&toks[x]) {
			return false // "officers said the gunman shot him dead": not the officers' killing
		}
		if securityAgents.hasToken(&toks[x]) {
			return true
		}
	}
	return false
}

// himselfKilled reads "was himself killed" at i ("himself"): the one who
// killed others is killed too, a death of 1 of his own beside their toll
// ("killed four people and was himself killed by police").
func (a *analysis) himselfKilled(i int) (Deaths, bool) {
	toks := a.d.toks
	if i < 1 || i+1 >= len(toks) || toks[i].lower != "himself" && toks[i].lower != "herself" || toks[i-1].lower != "was" {
		return Deaths{}, false
	}
	kinds, lim := a.deathKindsAt(i + 1)
	if !hasKind(kinds, dPassive) || hasKind(kinds, dHurt) || lim <= i+1 || a.killingDenied(i) {
		return Deaths{}, false
	}
	num := number{value: 1, first: i, lim: i + 1, hedge: i}
	return a.makeDeath(num, i, lim, ruleDeathOne), true
}
