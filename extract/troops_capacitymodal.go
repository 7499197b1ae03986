package extract

// capacityVerbs raise a force that a modal of ability makes a capacity:
// "can mobilise", "could field" (words_troops.tsv capacity-verb).
var capacityVerbs = wordList("capacity-verb")

// capacityFigure reports a figure that a modal of ability and a verb of
// raising a force govern in its own clause ("Finland can mobilise a
// wartime force of 280,000", "the Houthis say they could field 300,000
// fighters"): what a state is able to put in the field, no personnel it
// deployed, pledged or withdrew (GUIDELINES, Troops; settled policy: what
// "could be sent if needed" does not count).
func (a *analysis) capacityFigure(n number) bool {
	toks := a.d.toks
	for k := n.hedge - 1; k > 0 && k >= n.hedge-7; k-- {
		t := &toks[k]
		if t.kind != tWord || t.sent != toks[n.hedge].sent {
			return false // a comma or a clause boundary: another clause's verb
		}
		if capacityVerbs.hasToken(t) {
			// contributors to a force name what they could put in it, an
			// offer, not a state's whole capacity: "possible contributors;
			// between them, they could field 8,000"
			return a.capacityVerbAt(k) && !a.contributorsNear(n.first)
		}
	}
	return false
}

// capacityVerbAt reports a verb of raising a force at k after a modal of
// ability: "can mobilise", "could still field", "able to raise". Such a
// verb licenses no figure elsewhere in its sentence either ("can mobilise
// ..., and about 20,000 conscripts enter service each year").
func (a *analysis) capacityVerbAt(k int) bool {
	toks := a.d.toks
	if !capacityVerbs.hasToken(&toks[k]) {
		return false
	}
	m := k - 1
	for m > 0 && isAdverb(toks[m]) {
		m--
	}
	return m > 0 && (abilityModals.hasToken(&toks[m]) || toks[m].lower == "to" && toks[m-1].lower == "able")
}
