package extract

// The top contributor and its share: "The allies have pledged 3,200
// troops between them, Canada the most with 1,000", "Seven states sent
// soldiers; Kenya contributed the largest contingent, with 900". The
// personnel are those of the troop figure just read; the state is the
// one named before the superlative.

// ruleTroopMostWith names these figures.
const ruleTroopMostWith = "most-with" // "Canada the most with 1,000"

// mostWords are the superlatives of a share: "the most", "the largest".
var mostWords = closedSet("most", "largest", "biggest", "greatest")

// mostWithTroops reads n after "the most (…), with" and a state before
// the superlative, the subject of at most two words of a verb: "Canada
// the most with 1,000", "Canada contributed the most, with 900".
func (a *analysis) mostWithTroops(n number, rule string) (Troops, bool) {
	toks := a.d.toks
	s := a.d.sents[toks[n.first].sent]
	k := n.hedge - 1
	// "with" or "at": "Austria provides the largest share, at about 300"
	if k < s.first+3 || toks[k].lower != "with" && toks[k].lower != "at" || n.lim < s.lim && toks[n.lim].kind != tPunct {
		return Troops{}, false
	}
	k--
	if toks[k].text == "," {
		k--
	}
	k, told := a.contributorOfTail(k, s.first)
	if forceNouns.hasToken(&toks[k]) || shareNouns.hasToken(&toks[k]) || contributorNouns.hasToken(&toks[k]) || toks[k].lower == "share" {
		k-- // "the largest contingent, with 900"
	}
	if k < s.first+2 || !mostWords.hasToken(&toks[k]) || toks[k-1].lower != "the" {
		return Troops{}, false
	}
	c := a.stateBeforeMost(k-2, s.first)
	unit := told
	if unit == "" {
		unit = a.personnelJustTold(n)
	}
	if c == "" || unit == "" {
		return Troops{}, false
	}
	return a.makeTroops(n, n.lim, c, unit, rule), true
}

// personnelJustTold returns the personnel of the troop figure read in
// n's sentence or the one before in its paragraph, else a strong
// personnel noun there that a verb of sending moves ("Seven states have
// offered troops"; not "Seven states lost soldiers"), else "".
func (a *analysis) personnelJustTold(n number) string {
	toks := a.d.toks
	cur := int(toks[n.first].sent)
	if last := a.lastFigure; last.unit != "" && last.para == int(toks[n.first].para) && last.sent >= cur-1 {
		return last.unit
	}
	first := a.d.sents[cur].first
	if cur > 0 && a.d.sents[cur-1].para == a.d.sents[cur].para {
		first = a.d.sents[cur-1].first
	}
	if p, unit := a.personnelIn(first, n.first); p >= 0 && a.sendVerbIn(first, n.first) && !a.isCasualty(first, n.first) {
		return unit
	}
	return ""
}

// stateBeforeMost returns the state whose name ends at k, or one or two
// words before it (its verb: "contributed", "has sent"), else "".
func (a *analysis) stateBeforeMost(k, first int) string {
	toks := a.d.toks
	for j := k; j >= first && j >= k-2; j-- {
		if toks[j].kind != tWord {
			return ""
		}
		if c, ok := a.stateAt(j); ok && a.places[a.placeAt[j]].lim == j+1 {
			return c
		}
	}
	return ""
}

// contributorOfTail steps back from k, the last word before "with", over
// the phrases "of" personnel and "to" a mission after a contributor noun:
// "the largest contributor of peacekeepers to the mission, with 2,700".
// It returns the noun's index (else k) and the personnel it names, if any.
func (a *analysis) contributorOfTail(k, first int) (int, string) {
	toks := a.d.toks
	for j := k - 1; j > first && j >= k-7; j-- {
		if toks[j].kind != tWord {
			return k, ""
		}
		if !shareNouns.hasToken(&toks[j]) && !contributorNouns.hasToken(&toks[j]) {
			continue
		}
		if w := toks[j+1].lower; w != "of" && w != "to" && w != "in" {
			return k, ""
		}
		unit := ""
		if toks[j+1].lower == "of" {
			if _, lim := a.lx.personnel.match(toks, j+2, true); lim > j+2 {
				unit = a.d.text[toks[j+2].start:toks[lim-1].end]
			}
		}
		return j, unit
	}
	return k, ""
}
