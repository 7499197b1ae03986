package extract

// A state that hosts another's personnel may be told in a run of hosts,
// the noun said once: "Al Udeid ... hosts some 10,000 American personnel.
// Kuwait hosts about 13,500 at Camp Arifjan, while Bahrain hosts around
// 9,000". The bare number counts the same personnel; the host sends none,
// so the state is the figure's before.

// hostedElided reads the bare number n after a verb of hosting whose
// clause names its host, when the troop figure before it, in its sentence
// or the one before, was hosted too.
func (a *analysis) hostedElided(n number, rule string) (Troops, bool) {
	toks := a.d.toks
	k := n.hedge - 1
	if k < 1 || n.value < 2 || a.isYear(n) || !a.hostingVerbAt(k) {
		return Troops{}, false
	}
	sent := int(toks[n.first].sent)
	last := a.lastFigure
	if last.unit == "" || last.para != int(toks[n.first].para) || last.sent != sent && last.sent != sent-1 || !a.sentHasHost(last.sent) && !a.hostAmongFigurePlaces(last.sent, k) {
		return Troops{}, false
	}
	if !a.lastNumberIs(n.hedge, last.sent, last.count) {
		return Troops{}, false // "Lebanon hosts 1.5 million refugees, and Jordan hosts 700,000"
	}
	if e := n.lim; !a.parallelNumberEnds(e) && toks[e].lower != "at" && toks[e].lower != "in" {
		return Troops{}, false // "hosts 9,000 refugees": a noun of its own
	}
	if a.statesBefore(a.d.sents[sent].first, k) == 0 {
		return Troops{}, false // no host named: "the base hosts 400"
	}
	return a.makeTroops(n, n.lim, last.country, last.unit, rule), true
}

// sentHasHost reports a verb of hosting in the sentence s.
func (a *analysis) sentHasHost(s int) bool {
	toks := a.d.toks
	for k := a.d.sents[s].first; k < a.d.sents[s].lim; k++ {
		if hostVerbs.hasToken(&toks[k]) {
			return true
		}
	}
	return false
}

// lastNumberIs reports that the nearest number before k, from the
// sentence s on, has the value count: no figure of another noun stands
// between the troop figure and the bare number.
func (a *analysis) lastNumberIs(k, s int, count int64) bool {
	toks := a.d.toks
	for i := k - 1; i >= a.d.sents[s].first; i-- {
		if toks[i].kind != tNum {
			continue
		}
		if m, ok := a.numberEndingAt(i + 1); ok {
			return m.value == count || a.rangeLowerIs(m, count) // "between 2,000 and 2,500 personnel"
		}
		if m, ok := a.numberEndingAt(i + 2); ok {
			return m.value == count // "1.5 million"
		}
		return false
	}
	return false
}

// hostedContingentState returns the state of the troop figure told
// before in the sentence when the figure n is "a contingent of N" that a
// state hosts: "around 2,500 Russian personnel were in Mali, while Burkina
// Faso hosts a smaller contingent of roughly 300" are Russians too; the
// host sends none. Else "".
func (a *analysis) hostedContingentState(n number) string {
	toks := a.d.toks
	k := n.hedge - 1
	if k < 3 || toks[k].lower != "of" || !forceNouns.hasToken(&toks[k-1]) {
		return ""
	}
	j := k - 2
	for j > 0 && j >= k-4 && toks[j].kind == tWord && !toks[j].cap && !hostVerbs.hasToken(&toks[j]) {
		j-- // "a smaller", "another small"
	}
	last := a.lastFigure
	if !hostVerbs.hasToken(&toks[j]) || last.sent != int(toks[n.first].sent) || last.country == "" || last.count == n.value {
		return ""
	}
	return last.country
}
