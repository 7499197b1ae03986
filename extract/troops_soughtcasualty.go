package extract

// soughtCasualtyAt reports a casualty word at k that names those a search
// or care is for, "for the" before it: "40 deputies joined the search for
// the missing campers", "300 medics cared for the wounded". The figure's
// personnel look for the missing; they are not missing themselves.
func soughtCasualtyAt(toks []token, k int) bool {
	return k >= 2 && toks[k-1].lower == "the" && toks[k-2].lower == "for"
}
