package extract

// A target size of a state's whole army is its strength to come, no
// deployment: "The opposition wants the army to reach 300,000 soldiers by
// 2035", "the army aims to reach 300,000 soldiers", "plans to grow the
// army to 300,000 soldiers". isStrength reads the army's size now ("has
// shrunk to about 70,000 soldiers").

// standingArmyTarget reports the word at k before the figure as a verb of
// reaching whose subject, a few words before, is the army ("the army to
// reach", "the army aims to reach"), or "to" after the army that a verb of
// size governs ("grow the army to").
func (a *analysis) standingArmyTarget(k int) bool {
	toks := a.d.toks
	first := a.d.sents[toks[k].sent].first
	if toks[k].lower == "to" {
		h := k - 1 // the army's first word: "army", "armed forces"
		if h > first && toks[h].lower == "forces" {
			h--
		}
		return h-2 >= first && wholeArmyAt(toks, k-1) && determiners.hasToken(&toks[h-1]) && sizeVerbs.hasToken(&toks[h-2])
	}
	if !targetVerbs.hasToken(&toks[k]) || toks[k].lower == "have" || toks[k].lower == "having" {
		return false
	}
	for j := k - 1; j >= first && j >= k-4; j-- {
		if wholeArmyAt(toks, j) {
			return true
		}
		if toks[j].kind != tWord {
			return false
		}
	}
	return false
}

// wholeArmyAt reports a state's whole army at j: "army", "military",
// "armed forces".
func wholeArmyAt(toks []token, j int) bool {
	switch toks[j].lower {
	case "army", "military":
		return true
	case "forces":
		return j > 0 && toks[j-1].lower == "armed"
	}
	return false
}
