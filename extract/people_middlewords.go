package extract

// middleNameWord reports a word at h inside the name part [k, end) of a
// run that looks like a title or a place but sits between two words of
// the name, so the name goes on through it:
//   - a rank abbreviation with no period, between two plain name words:
//     "Bhim Sen Tuti" ("Sen" is no "Sen." for Senator here);
//   - a place that is no state, the middle of three name words right after
//     a title: "Major Abdifatah Aden Hassan" (a first name the lexicon may
//     not know, so the given-name test cannot vouch for it).
func (a *analysis) middleNameWord(first, k, h, end int) bool {
	toks := a.d.toks
	if h <= k || h+1 >= end || !toks[h].cap || toks[h+1].text == "." || !toks[h+1].spaceBefore {
		return false
	}
	if !a.middleNeighbour(h-1) || !a.middleNeighbour(h+1) {
		return false
	}
	if a.roleKind(h) == rRank {
		return !toks[h-1].sentStart || a.isGivenName(h-1)
	}
	pi := a.placeAt[h]
	return pi >= 0 && !a.places[pi].state && a.roleKind(h) == 0 && a.orgAt[h] < 0 &&
		h == k+1 && end == k+3 && k > first && a.titleWordAt(k-1) && a.placeAt[k-1] < 0
}

// middleNeighbour reports a capitalised word at i that only a name holds.
func (a *analysis) middleNeighbour(i int) bool {
	t := &a.d.toks[i]
	return t.kind == tWord && t.cap && a.isNameWord(i) && a.plainNameWord(i)
}
