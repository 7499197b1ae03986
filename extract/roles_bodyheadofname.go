package extract

// A body's name may open with its head noun and "of": "minister in the
// Government of Peace and Unity", "an official in the Council of
// Elders" serve that body as "minister in the National Unity Government"
// does.

// backerSuffixes close a modifier naming who stands behind a body.
var backerSuffixes = []string{"-backed", "-run", "-led", "-controlled", "-aligned"}

// bodyHeadThenOf reports a capitalised body word at j, perhaps after a
// backer's modifier, with "of" and a capitalised word after it.
func (a *analysis) bodyHeadThenOf(j int) bool {
	toks := a.d.toks
	if j+1 < len(toks) && toks[j].cap && hasAnySuffix(toks[j].lower, backerSuffixes) {
		j++ // "the RSF-backed Government of …"
	}
	if j+2 >= len(toks) || toks[j+1].lower != "of" || !toks[j+2].cap || toks[j+2].kind != tWord {
		return false
	}
	return a.bodyWordAt(j)
}
