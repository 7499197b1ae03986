package extract

// Figures given as labelled items of a terse list, each a sentence of its
// own: "Troops: 450. Helicopters: four." and "Dead: seven. Missing: 30."
// The label is the whole of the item's words before the colon, so the
// number is the label's own count.

// deathLabels name the dead as a list item's label ("Deaths:", "Dead:",
// "Fatalities:"); deathLabelMods may open a two-word label ("Death toll:").
var (
	deathLabels    = wordList("death-label")
	deathLabelMods = wordList("death-label-mod")
)

// labelledItem returns the first token of the label of a list item whose
// number n ends its sentence after a colon: "Deaths: 14." is the item at
// "Deaths"; false when the number is not the whole item or the label is
// longer than words words.
func (a *analysis) labelledItem(n number, words int) (int, bool) {
	toks := a.d.toks
	k := n.hedge - 1
	sent := int(toks[n.first].sent)
	if k < 1 || toks[k].text != ":" || a.isYear(n) || !a.listItemEnds(n.lim, sent) {
		return 0, false
	}
	first := a.d.sents[sent].first
	if k-first < 1 || k-first > words {
		return 0, false
	}
	// a terse list has another item beside it: "Injured: 62." after
	// "Deaths: 14."; a lone "Killed: 5" line is no list
	if !a.labelledSentence(sent-1, toks[first].para) && !a.labelledSentence(sent+1, toks[first].para) {
		return 0, false
	}
	return first, true
}

// labelledSentence reports sentence i of paragraph para as a list item
// "Label: value.", a colon after its first or second word.
func (a *analysis) labelledSentence(i int, para int32) bool {
	if i < 0 || i >= len(a.d.sents) {
		return false
	}
	s := a.d.sents[i]
	toks := a.d.toks
	if s.lim-s.first < 3 || toks[s.first].para != para {
		return false
	}
	return toks[s.first+1].text == ":" || toks[s.first+2].text == ":" && s.lim-s.first > 3
}

// labelledDeaths reads "Deaths: 14." and "Death toll: at least 30.": a
// number that is the whole item after a label naming the dead.
func (a *analysis) labelledDeaths(n number, rule string) (Deaths, bool) {
	first, ok := a.labelledItem(n, 2)
	if !ok {
		return Deaths{}, false
	}
	toks := a.d.toks
	head := n.hedge - 2
	if !deathLabels.hasToken(&toks[head]) || head > first && !deathLabelMods.hasToken(&toks[first]) {
		return Deaths{}, false // "Injured: 62.", "Deaths averted: 40."
	}
	return a.makeDeath(n, first, n.lim, rule), true
}

// labelledTroops reads "Troops: 450." in a paragraph that offers, sends
// or pledges them ("That is the whole of Ireland's offer"): the label is
// a personnel noun alone. A label alone is a strength ("Troops: 80,000.
// Tanks: 1,200." of an army's inventory), hence the paragraph's verb.
func (a *analysis) labelledTroops(n number, rule string) (Troops, bool) {
	first, ok := a.labelledItem(n, 2)
	if !ok {
		return Troops{}, false
	}
	toks := a.d.toks
	if _, lim := a.lx.personnel.match(toks, first, true); lim != n.hedge-1 {
		return Troops{}, false // "Troops lost:", "Soldiers' pay:"
	}
	p := a.d.paras[toks[first].para]
	offered, state, states := false, "", 0
	for k := p.first; k < p.lim; k++ {
		if kinds, _ := a.deathKindsAt(k); kinds != 0 {
			return Troops{}, false // "Soldiers: 12." in a list of the dead
		}
		w := toks[k].lower
		offered = offered || deployVerbs.has(w) || troopVerbs.has(w) && w != "has" && w != "have"
		if c, ok := a.stateAt(k); ok && c != state {
			state, states = c, states+1
		}
	}
	if !offered {
		return Troops{}, false
	}
	if states != 1 {
		state = "" // several states: the list is no one state's
	}
	return a.makeTroops(n, n.lim, state, toks[first].text, rule), true
}
