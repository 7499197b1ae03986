package extract

// usMarinesAt reports personnel j..lim that are capitalised "Marines"
// alone, or a service noun joined to them by "and" ("sailors and
// Marines"): news style capitalises the word for the US Marine Corps
// only, and sailors serving with them are the same state's, so "some
// 4,500 sailors and Marines aboard ships off Venezuela's coast" are the
// United States', not the coast's. Sentence-initial capitals and "Royal
// Marines" say nothing.
func (a *analysis) usMarinesAt(j, lim int) bool {
	toks := a.d.toks
	m := lim - 1
	if j != lim-1 {
		return false
	}
	if toks[m].text != "Marines" && lim+1 < len(toks) && toks[lim].lower == "and" && toks[lim+1].text == "Marines" {
		m = lim + 1 // "sailors and Marines"
	}
	return toks[m].text == "Marines" && !toks[m].sentStart && (m == 0 || toks[m-1].lower != "royal") && !a.otherStatesMarines()
}
