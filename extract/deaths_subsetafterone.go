package extract

// A part of a toll whose list opens with one victim not counted: "killing
// 23 people, among them the groom's mother and four children". The one
// named victim is no figure, but the counted parts after "and" are parts
// of the toll as they are when they open the list.

// subsetItemsAfterOne reads the counted parts after a first item at j that
// "a", "an" or "the" opens and "and" closes within six tokens, with no
// number among them ("the groom's mother and four children"); it returns
// none and j when the list has no such first item.
func (a *analysis) subsetItemsAfterOne(j int) ([]Deaths, int) {
	toks := a.d.toks
	if j >= len(toks) {
		return nil, j
	}
	if w := toks[j].lower; w != "a" && w != "an" && w != "the" {
		return nil, j
	}
	for k := j + 1; k < len(toks) && k <= j+6; k++ {
		if possessiveAt(toks, k) {
			continue // "the groom's mother"
		}
		if toks[k].kind != tWord || toks[k].sent != toks[j].sent || mayBeNumber(&toks[k]) {
			return nil, j
		}
		if toks[k].lower != "and" {
			continue
		}
		if k == j+1 {
			return nil, j
		}
		return a.subsetItems(k + 1)
	}
	return nil, j
}
