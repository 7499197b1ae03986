package extract

// "the streets of East Oakland, a stopgap that …": a point of the compass
// before a place's name is a part of the place ("East Oakland", "South
// Los Angeles"), no person, whatever apposition follows.

// compassPlaceRun reports the run [start, lim) of a compass word and a
// place's name that covers the rest of it.
func (a *analysis) compassPlaceRun(start, lim int) bool {
	toks := a.d.toks
	if lim-start < 2 || !toks[start].cap || !compassWords.hasToken(&toks[start]) {
		return false
	}
	pi := a.placeAt[start+1]
	return pi >= 0 && a.places[pi].first == start+1 && a.places[pi].lim == lim
}
