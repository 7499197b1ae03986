package extract

// togetherWords stand between a state's forces told together and "number":
// "France's national police and gendarmerie together number 250,000".
var togetherWords = closedSet("together", "combined", "jointly", "altogether")

// jointForcesNumber reports a subject of a state's own forces joined by
// "and", before "number" or "total" at k past a word of joining: "France's
// national police and gendarmerie together number around 250,000
// personnel" is their standing strength, no deployment, as "Lithuania's
// armed forces number about 23,000 personnel" is.
func (a *analysis) jointForcesNumber(k int) bool {
	toks := a.d.toks
	j := k - 1
	for j > 0 && togetherWords.hasToken(&toks[j]) {
		j--
	}
	if j < 3 || !standingForces.hasToken(&toks[j]) && !policeNouns.hasToken(&toks[j]) && !forceBodies.hasToken(&toks[j]) {
		return false
	}
	joined := false
	for o := j - 1; o >= a.figureClauseStart(j) && o > j-8; o-- {
		joined = joined || toks[o].lower == "and"
		if toks[o].lower == "'s" {
			_, ok := a.stateAt(o - 1)
			return ok && joined
		}
	}
	return false
}
