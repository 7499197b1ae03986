package extract

// placeSide reports a "side" at k that is a stretch of a place, not a
// party to talks: "the Nigerian side of the lake", "the Tajik side of the
// border" (the noun "side" and "of" after it). "The American side was led
// by ..." is a party.
func (a *analysis) placeSide(k int) bool {
	toks := a.d.toks
	return k+1 < len(toks) && (toks[k].lower == "side" || toks[k].lower == "sides") && toks[k+1].lower == "of"
}
