package extract

// ofNameBack returns the name that a lower-case owner noun at o ("the
// board's president") refers back to when the text named the body as
// "the NOUN of NAME" before: "reinstated the elected board of Sri Lanka
// Cricket ... The board's president, NAME," is the president of Sri Lanka
// Cricket (r29f). The name must be two capitalised words or more that are
// neither a place alone nor a body of the gazetteer nor a state's
// institution ("the board of the Central Bank"); "" otherwise. Each
// mention of the noun on the way back carries the search ownerReach
// sentences further.
func (a *analysis) ofNameBack(o int) string {
	toks := a.d.toks
	if settlementNouns.hasToken(&toks[o]) || localBodies.hasToken(&toks[o]) || a.lx.bodyWords[toks[o].lower].kind == "place" {
		return "" // "the town of Flin Flon ... The town's mayor": a place's office
	}
	from := a.d.sents[max(int(toks[o].sent)-ownerReach, 0)].first
	for j := o - 2; j >= from; j-- {
		if toks[j].cap || toks[j].lower != toks[o].lower || j+2 >= len(toks) {
			continue
		}
		if toks[j+1].lower != "of" {
			// "dismissed the board last month": the same body again, the
			// chain reaches on from it
			from = a.d.sents[max(int(toks[j].sent)-ownerReach, 0)].first
			continue
		}
		lo := j + 2
		if toks[lo].lower == "the" {
			lo++
		}
		e := a.capRunEnd(lo)
		if e-lo < 2 || a.orgAt[lo] >= 0 || a.personAt[lo] >= 0 {
			return ""
		}
		if pi := a.placeAt[lo]; pi >= 0 && a.places[pi].lim >= e {
			return "" // "the board of South Africa": a place
		}
		if b, ok := a.lx.bodyWords[toks[e-1].lower]; ok && b.kind == "state" {
			return "" // "the board of the Reserve Bank": the state's
		}
		return stripInvisible(a.d.text[toks[lo].start:toks[e-1].end])
	}
	return ""
}
