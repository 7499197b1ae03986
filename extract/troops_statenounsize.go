package extract

// stateNounSizeBefore reports a determiner before a size noun at j past a
// state's adjective and one lower-case noun that names the unit's kind:
// "the remaining Russian border detachment in Armenia, estimated at
// 3,000", "the Turkish engineering contingent ... now numbers 200".
// "the Russian detachment" needs no such reach.
func (a *analysis) stateNounSizeBefore(j int) bool {
	toks := a.d.toks
	k := j - 1
	if k < 2 || toks[k].kind != tWord || toks[k].cap {
		return false
	}
	if _, ok := a.stateAt(k - 1); !ok || a.places[a.placeAt[k-1]].kind != sAdjective {
		return false
	}
	k = a.places[a.placeAt[k-1]].first - 1
	if k > 0 && partWords.hasToken(&toks[k]) {
		k-- // "the remaining Russian border detachment"
	}
	return k >= 0 && determiners.hasToken(&toks[k])
}
