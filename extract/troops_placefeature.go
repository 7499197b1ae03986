package extract

// A state's adjective before a feature of its land or sea names a place,
// not a body that reports a figure: "400 more marines to Kinmen and
// Matsu, the Taiwan-controlled islands just off the Chinese coast"; "the
// Chinese coast guard said" is a body.

// placeFeatureNouns name a feature of a state's land or sea.
var placeFeatureNouns = wordList("place-feature")

// placeFeatureAt reports the state's adjective m before a feature noun
// that no body's word follows.
func (a *analysis) placeFeatureAt(m placeMention) bool {
	toks := a.d.toks
	if m.kind != sAdjective || m.lim >= len(toks) || !placeFeatureNouns.hasToken(&toks[m.lim]) {
		return false
	}
	e := m.lim + 1
	return e >= len(toks) || toks[e].kind != tWord || !bodyNouns.hasToken(&toks[e]) && a.roleKind(e) == 0
}
