package extract

// verdictNouns name an inquest's finding on how people died: "recorded
// conclusions of unlawful killing", "returned verdicts of accidental death".
var verdictNouns = wordList("inquest-verdict")

// verdictCauses end the cause of death such a finding names: "unlawful
// killing", "accidental death", "misadventure".
var verdictCauses = wordList("inquest-cause")

// inquestVerdictDeath reads the people an inquest's finding of a cause of
// death is given for: "recorded conclusions of unlawful killing for all
// three victims", "returned verdicts of accidental death on the two
// climbers". The coroner finds how they died, so they are dead; "an open
// conclusion" names no cause and "unlawful killing" alone no number.
func (a *analysis) inquestVerdictDeath(n number) (Deaths, bool) {
	toks := a.d.toks
	k := n.hedge - 1
	if k >= 0 && (toks[k].lower == "the" || toks[k].lower == "all") {
		k--
	}
	if k >= 0 && toks[k].lower == "all" {
		k-- // "for all the"
	}
	if k < 3 || toks[k].lower != "for" && toks[k].lower != "on" || !verdictCauses.hasToken(&toks[k-1]) {
		return Deaths{}, false
	}
	lim, ok := a.victimsNoun(n.lim)
	if !ok {
		return Deaths{}, false
	}
	// "conclusions of unlawful killing": the finding's noun and "of" at
	// most three words before the cause
	for j := k - 2; j >= 1 && j >= k-4; j-- {
		if toks[j].lower == "of" && verdictNouns.hasToken(&toks[j-1]) {
			return a.makeDeath(n, n.hedge, lim, ruleDeathVerdict), true
		}
	}
	return Deaths{}, false
}
