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
	if m.first != k || m.lim >= len(toks) || m.possessive {
		return ""
	}
	if m.kind == sPlace && !m.state {
		return a.placeUnitState(m)
	}
	if !m.state && m.kind != sAdjective {
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

// placeUnitState returns the state of a unit named for a place inside it,
// its capitalised body noun right after the place: "the Gloucestershire
// Regiment" (GB) against "an entire Chinese army" later in the sentence.
// A place that other states share a name with, or a noun written small
// ("the Kent police"), names none.
func (a *analysis) placeUnitState(m placeMention) string {
	toks := a.d.toks
	if m.ambiguous || len(m.homonyms) > 0 || len(m.altCodes) > 0 || m.code == "" {
		return ""
	}
	if h := m.lim; toks[h].cap && toks[h].sent == toks[m.first].sent && a.armedBodyNounAt(h) {
		return m.code
	}
	return ""
}
