package extract

// readyHolds hold personnel ready: "held", "kept" (words_troops.tsv
// ready-hold); reserveWords name the state they are held in after "in":
// "in reserve" (reserve-word).
var readyHolds, reserveWords = wordList("ready-hold"), wordList("reserve-word")

// heldReadyAt reports, at x right after "N more", personnel held ready:
// "in reserve", "on standby", or a participle of holding before either
// ("held in reserve at Diyatalawa", "kept on standby"). Standby and
// reserve count as deployed; "held in custody" does not say so.
func (a *analysis) heldReadyAt(x int) bool {
	toks := a.d.toks
	if x < len(toks) && readyHolds.hasToken(&toks[x]) {
		x++
	}
	if a.onStandbyAt(x) {
		return true
	}
	return x+1 < len(toks) && toks[x].lower == "in" && reserveWords.hasToken(&toks[x+1])
}

// lastFigureOf returns the last troop figure told in the sentence sent,
// the one with a state first: "N more" after it are more of them.
func (a *analysis) lastFigureOf(sent int) (troopSoFar, bool) {
	if a.lastTroop.sent == sent && a.lastTroop.unit != "" {
		return a.lastTroop, true
	}
	if a.lastFigure.sent == sent && a.lastFigure.unit != "" {
		return a.lastFigure, true // "Some 4,800 troops were in the flood zone and 2,000 more on standby"
	}
	return troopSoFar{}, false
}
