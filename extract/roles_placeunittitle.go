package extract

// placeUnitBeforeOf reports a lower-case noun for a place's unit among
// the lower-case title words right before "of" at k: "the chief district
// officer of Dhading" is the officer of the district Dhading, a place, not
// a body named Dhading (r29f). A settlement's or ward's unit
// (title-place-unit) reads so too: "the ward chairman of Bhimtar" (of3).
func (a *analysis) placeUnitBeforeOf(k int) bool {
	toks := a.d.toks
	for j := k - 1; j >= 0 && j >= k-4 && toks[j].kind == tWord && !toks[j].cap; j-- {
		if (a.lx.bodyWords[toks[j].lower].kind == "place" || titlePlaceUnits.hasToken(&toks[j])) && j < k-1 {
			return true // not the head itself: "the region of Tigray" reads on as before
		}
	}
	return false
}

// titlePlaceUnits are lower-case nouns for a local place's unit, read in
// a title before "of": "ward", "village" (words_people.tsv).
var titlePlaceUnits = wordList("title-place-unit")
