package extract

// forceNamePrefixes may open the name of a state's armed body before the
// state's name: "the Royal Bahamas Defence Force", "the Royal Thai Army".
var forceNamePrefixes = closedSet("royal", "imperial", "federal")

// namedForceState returns the state whose armed body is named from token
// k on: a state's name or adjective and an armed body's noun after it,
// perhaps with a word of forceNamePrefixes before the state ("the Royal
// Bahamas Defence Force") and up to two after it before the noun
// ("Defence Force", "National Police"); "" when the words name none.
func (a *analysis) namedForceState(k int) string {
	toks := a.d.toks
	if k+1 < len(toks) && a.placeAt[k] < 0 && toks[k].cap && forceNamePrefixes.hasToken(&toks[k]) && a.placeAt[k+1] >= 0 {
		k++ // "Royal" before "Bahamas"; not "Lake" before "Chad"
	}
	if k >= len(toks) || a.placeAt[k] < 0 {
		return ""
	}
	m := a.places[a.placeAt[k]]
	if m.first != k || m.lim >= len(toks) || m.possessive || !m.state && m.kind != sAdjective {
		return ""
	}
	for h := m.lim; h < len(toks) && h <= m.lim+2; h++ {
		if a.armedBodyNounAt(h) {
			return m.code
		}
		if !toks[h].cap {
			break // "the Kenyan police" but not "the Kenyan tourism police"
		}
	}
	return ""
}
