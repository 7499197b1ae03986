package extract

import "strings"

// A force's personnel are often placed by the frontier they hold rather
// than by a country: "Baku's border troops on the Nakhchivan frontier now
// number upward of 3,000". The phrase stands between the personnel noun
// and the verb of numbering as "in Cyprus" does.

// frontierNouns end a phrase that places personnel along a line.
var frontierNouns = wordList("frontier-noun")

// beforeFrontierPhrase returns the token before a phrase "on/along/at the
// (Name) frontier" or "on a state's borders" that ends at j, past a
// participle of placing before it, and whether there is one: "troops on
// the Nakhchivan frontier" and "forces massed on Ukraine's borders" give
// the token of the personnel.
func (a *analysis) beforeFrontierPhrase(j, first int) (int, bool) {
	toks := a.d.toks
	if j < 0 || !frontierNouns.hasToken(&toks[j]) {
		return j, false
	}
	for p := j - 1; p > first && p >= j-4; p-- {
		w := toks[p].lower
		if w == "'s" && a.placeAt[p-1] >= 0 {
			p = a.places[a.placeAt[p-1]].first // "on Ukraine's borders": a state's, as "the" opens it
			w = "the"
		}
		if w == "the" && p-1 > first {
			if v := toks[p-1].lower; v == "on" || v == "along" || v == "at" {
				return a.pastPlacingParticiple(p-2, first), true
			}
			return j, false
		}
		if toks[p].kind != tWord {
			return j, false
		}
	}
	return j, false
}

// pastPlacingParticiple returns the token before a participle of
// sending or placing at r ("massed", "deployed"), else r.
func (a *analysis) pastPlacingParticiple(r, first int) int {
	toks := a.d.toks
	if r-1 > first && !toks[r].cap && (sentParticiples.hasToken(&toks[r]) || deployVerbs.hasToken(&toks[r]) && strings.HasSuffix(toks[r].lower, "ed")) {
		return r - 1
	}
	return r
}

// pastTroopMods returns the first of the lower-case troop modifiers that
// stand right before the personnel noun at s, so that the owner before
// them is found: "Baku's border troops", "Kenya's riot police".
func (a *analysis) pastTroopMods(s int) int {
	toks := a.d.toks
	for s > 0 && troopMods.hasToken(&toks[s-1]) && !toks[s-1].cap {
		s--
	}
	return s
}
