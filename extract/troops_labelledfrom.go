package extract

// labelFromWords may stand between the number of a labelled item and the
// "from" that names where its personnel come from: "Troops: about 900, all
// from ...", "Personnel: roughly 1,100, drawn from ...".
var labelFromWords = closedWords(func() map[string]bool {
	return map[string]bool{"all": true, "drawn": true, "mostly": true, "mainly": true, "largely": true, "most": true, "taken": true}
})

// labelledFromState reads a lone labelled item whose label is a personnel
// noun and whose number is followed by the state they come from: "Troops:
// about 900, all from the Malawian Defence Force's 2nd Battalion." A
// number under such a label with no list beside it (labelledTroops wants
// one) is a contingent when its origin is a state's: the "from" phrase
// both makes it personnel sent and names the sender. "Troops: 80,000,
// from an army of 200,000" names no state and stays out.
func (a *analysis) labelledFromState(n number, rule string) (Troops, bool) {
	toks := a.d.toks
	sent := a.d.sents[toks[n.first].sent]
	first := sent.first
	if n.hedge-first != 2 || toks[first+1].text != ":" || a.isYear(n) {
		return Troops{}, false
	}
	if _, lim := a.lx.personnel.match(toks, first, true); lim != first+1 {
		return Troops{}, false // "Tanks: 900, all from ..."
	}
	k := n.lim
	if k >= sent.lim || toks[k].text != "," {
		return Troops{}, false
	}
	k++
	for k < sent.lim && labelFromWords.hasToken(&toks[k]) {
		k++
	}
	if k >= sent.lim || toks[k].lower != "from" {
		return Troops{}, false
	}
	for j := k + 1; j < sent.lim && j <= k+4; j++ {
		if c, ok := a.stateAt(j); ok {
			return a.makeTroops(n, n.lim, c, toks[first].text, rule), true
		}
	}
	return Troops{}, false
}
