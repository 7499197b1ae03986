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
		if !capacityVerbs.hasToken(t) {
			continue
		}
		m := k - 1
		for m > 0 && isAdverb(toks[m]) {
			m--
		}
		return abilityModals.hasToken(&toks[m]) || toks[m].lower == "to" && toks[m-1].lower == "able"
	}
	return false
}
