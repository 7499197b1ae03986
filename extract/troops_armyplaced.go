package extract

// A bare number an army fields in a place: "The Lebanese army, whose
// presence south of the Litani once amounted to a few hundred men, now
// fields close to 10,000 there". An army's whole strength does not
// count (settled policy), but its people in one place are a deployment;
// the place after the number tells which.

// armySubjectPlaced reports an army as the subject of the verb at v, past
// adverbs and one comma-bounded aside, whose bare number n is followed at
// e by "there" or a phrase of place: "the army ... now fields 10,000
// there".
func (a *analysis) armySubjectPlaced(v, e int) bool {
	toks := a.d.toks
	if e >= len(toks) || toks[e].sent != toks[v].sent {
		return false
	}
	if !a.placeAfterFigure(e) {
		return false
	}
	k := v - 1
	for k > 0 && (isAdverb(toks[k]) || toks[k].lower == "now") {
		k--
	}
	if k > 0 && toks[k].text == "," {
		j := k - 1
		for j > 0 && j > k-25 && toks[j].sent == toks[v].sent && toks[j].text != "," {
			j--
		}
		if toks[j].text != "," || toks[j].sent != toks[v].sent {
			return false
		}
		k = j - 1
	}
	return k >= 0 && toks[k].sent == toks[v].sent && wholeArmyAt(toks, k)
}

// placeAfterFigure reports "there", a compass word or a preposition of
// place before a place's name or "the" and a compass word at e: "there",
// "south of the Litani", "in Kosovo", "in the south"; not "in total".
func (a *analysis) placeAfterFigure(e int) bool {
	toks := a.d.toks
	if toks[e].lower == "there" || compassWords.hasToken(&toks[e]) {
		return true
	}
	switch toks[e].lower {
	case "in", "along", "inside", "near", "on", "at":
	default:
		return false
	}
	if e+2 >= len(toks) {
		return false
	}
	return a.placeAt[e+1] >= 0 || toks[e+1].lower == "the" && (compassWords.hasToken(&toks[e+2]) || a.placeAt[e+2] >= 0)
}
