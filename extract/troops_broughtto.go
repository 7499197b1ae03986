package extract

// broughtCountNouns name the count of a force that a verb of bringing
// sets "to" a figure after a troop figure: "bringing its personnel to
// about 700", "bringing the state's total there to 150"
// (words_troops.tsv brought-count).
var broughtCountNouns = wordList("brought-count")

// broughtToTroops reads the figure a verb of bringing sets a force's
// count to, after a troop figure the same sentence told first: "sent 50
// more troopers, bringing the state's total there to about 150", "will
// receive 150 more airmen, bringing its personnel to 700". The count is
// owned ("its", "their", "the state's") and may take a word of place
// ("there", "in the city", "in the country"); the figure ends its phrase. Unit and state
// are those of the figure told first.
func (a *analysis) broughtToTroops(n number, rule string) (Troops, bool) {
	toks := a.d.toks
	k := n.hedge - 1
	s := int(toks[n.first].sent)
	if k < 4 || toks[k].lower != "to" || a.lastFigure.sent != s || a.lastFigure.unit == "" || a.isYear(n) {
		return Troops{}, false
	}
	if e := n.lim; e < len(toks) && toks[e].sent == toks[n.first].sent && toks[e].kind == tWord && !figureEnds.hasToken(&toks[e]) {
		return Troops{}, false
	}
	j := k - 1
	if toks[j].lower == "there" || toks[j].lower == "now" {
		j-- // "the state's total there"
	}
	for p := j; p > j-5 && p > 2 && !broughtCountNouns.hasToken(&toks[j]); p-- {
		if toks[p].lower == "in" && broughtCountNouns.hasToken(&toks[p-1]) {
			j = p - 1 // "bringing its force in the country to 1,000"
		}
	}
	if !broughtCountNouns.hasToken(&toks[j]) {
		return Troops{}, false
	}
	if j > 2 && toks[j-1].lower == "and" && broughtCountNouns.hasToken(&toks[j-2]) {
		j -= 2 // "bringing the troops and police there to about 10,000"
	}
	o := j - 1 // the owner: "its", "their", "the state's", "the force's"
	if toks[o].lower == "'s" && o >= 2 && toks[o-2].lower == "the" {
		o -= 2
	} else if w := toks[o].lower; w != "its" && w != "their" && (w != "the" || !a.strongPersonnelEndsAt(j)) {
		return Troops{}, false // "the troops" are the personnel just sent, "the total" may be anyone's
	}
	if o < 1 || !countRaisers.hasToken(&toks[o-1]) || a.isCasualty(o-1, n.lim) {
		return Troops{}, false
	}
	return a.makeTroops(n, n.lim, a.lastFigure.country, a.lastFigure.unit, rule), true
}
