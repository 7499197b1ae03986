package extract

// abilityModals say what personnel are able to do: "can", "could".
var abilityModals = closedSet("can", "could", "cannot")

// abilityVerbs say what a number of personnel can achieve: "do", "make".
var abilityVerbs = wordList("ability-verb")

// quotedAbility reports a troop figure ending at lim, mostly in a
// quotation, whose personnel are the subject of a modal of ability and a verb of
// achieving: "Eight hundred soldiers can still do a great deal," he said.
// The speaker weighs what such a number is worth; GUIDELINES (Troops)
// count personnel the article states as deployed, pledged, offered,
// requested, withdrawn or stationed, and the remark states none of these.
// A modal of deploying ("800 soldiers could be sent") keeps its figure;
// so does "they can do" after a figure ("sent 800 soldiers, and they can").
func (a *analysis) quotedAbility(n number, lim int) bool {
	toks := a.d.toks
	if lim >= len(toks) || !abilityModals.hasToken(&toks[lim]) {
		return false
	}
	v := lim + 1
	for v < len(toks) && v <= lim+3 && (isAdverb(toks[v]) || toks[v].lower == "still" || toks[v].lower == "not") {
		v++
	}
	if v+1 < len(toks) && toks[v+1].lower == "up" {
		return false // "1,000 officers could make up the force": its makeup, told as a plan
	}
	return v < len(toks) && abilityVerbs.hasToken(&toks[v])
}
