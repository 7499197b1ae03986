package extract

// runToDead reads a figure of the dead that "runs to" a number, in two
// shapes of retrospective copy: a side's losses named by its state
// ("Russian losses in the first storming of Grozny ran to 1,500"), and a
// second estimate after a killing clause of the same sentence ("has
// killed at least 15,000 people, though some estimates run to 150,000").
// The number ends the phrase: "losses ran to 1,500 tanks" and "damage
// estimates run to $2bn" are none, and so are bare "losses" with no
// state before them (money or jobs).
func (a *analysis) runToDead(n number, rule string) (Deaths, bool) {
	toks := a.d.toks
	k := n.hedge - 1
	if k < 2 || toks[k].lower != "to" || !amountRuns.hasToken(&toks[k-1]) || !a.phraseEnds(n) {
		return Deaths{}, false
	}
	s := a.d.sents[toks[n.first].sent]
	for j := k - 2; j >= s.first && j >= k-12 && toks[j].kind == tWord; j-- {
		switch toks[j].lower {
		case "losses":
			if a.stateLossesAt(j) {
				return a.makeDeath(n, j, n.lim, rule), true
			}
			return Deaths{}, false
		case "estimates":
			if j == k-2 || j == k-3 && toks[k-2].lower == "still" {
				if a.killingBefore(s.first, j) {
					return a.makeDeath(n, j, n.lim, rule), true
				}
			}
			return Deaths{}, false
		}
	}
	return Deaths{}, false
}

// stateLossesAt reports a state's adjective before "losses" at j, past a
// kind of loss: "Russian losses", "Soviet military losses".
func (a *analysis) stateLossesAt(j int) bool {
	toks := a.d.toks
	o := j - 1
	if o >= 1 && lossKinds.hasToken(&toks[o]) {
		o--
	}
	if o < 0 || a.placeAt[o] < 0 {
		return false
	}
	m := a.places[a.placeAt[o]]
	return m.kind == sAdjective && m.code != ""
}

// amountRuns are the verbs of runToDead.
var amountRuns = wordList("amount-run")
