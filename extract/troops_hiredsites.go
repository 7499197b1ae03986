package extract

// hiredSites returns the tokens that follow an introduction of a private
// armed force ("mercenary group", "military company": a word of hiredMods,
// then one of hiredNouns), in text order, found by one pass over the text
// on first use. hiredForceName asks for every capitalised word after a
// number: it read the whole text at each call, once per number in an
// article of many figures, for introductions that most articles never
// write.
func (a *analysis) hiredSites() []int32 {
	if a.hiredKnown {
		return a.hired
	}
	toks := a.d.toks
	for k := 2; k < len(toks); k++ {
		if hiredNouns.hasToken(&toks[k-1]) && hiredMods.hasToken(&toks[k-2]) {
			a.hired = append(a.hired, int32(k))
		}
	}
	a.hiredKnown = true
	return a.hired
}
