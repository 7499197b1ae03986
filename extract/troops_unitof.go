package extract

// deployedFormation reports a formation's noun at k, before "of N", that
// a deployment verb takes as its object after an article and at most
// three modifiers, in a sentence whose actor is a state or an armed body:
// "Niger sent a company of 180", "the gendarmerie sent a mobile
// intervention group of 120". A bare "group" also needs an armed
// modifier: a state sends groups of athletes and pilgrims too.
func (a *analysis) deployedFormation(k int) bool {
	toks := a.d.toks
	group := toks[k].lower == "group" || toks[k].lower == "groups"
	if !group && !formationNouns.hasToken(&toks[k]) {
		return false
	}
	armedMod := false
	j := k - 1
	for ; j > 0 && j >= k-3 && toks[j].kind == tWord && !toks[j].cap && !articleWords.hasToken(&toks[j]); j-- {
		if deployVerbs.hasToken(&toks[j]) {
			return false
		}
		armedMod = armedMod || unitMods.hasToken(&toks[j]) || troopMods.hasToken(&toks[j]) || missionForceMods.hasToken(&toks[j])
	}
	if j < 1 || !articleWords.hasToken(&toks[j]) || !deployVerbs.hasToken(&toks[j-1]) {
		return false
	}
	if group && !armedMod {
		return false
	}
	return a.armedBefore(j - 1)
}

// articleWords open the object a deployment verb sends: "a company",
// "another unit".
var articleWords = closedSet("a", "an", "one", "another")
