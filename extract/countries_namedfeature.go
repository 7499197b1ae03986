package extract

// A state's name that names a river or a subnational unit, not the state:
// "on the Niger river" (as "the Niger River" is), "in Niger and Kwara
// states", "Kwara and Niger states" (Nigeria's two states). "Niger and
// Mali" and "the Niger government" stay mentions.

// lowerGeoFeatures after "the" and a state's name make a river or its
// parts named after the state: "the Niger river", "the Senegal river
// valley", "the Congo basin".
var lowerGeoFeatures = wordList("geo-feature-lower")

// unitPlurals after two coordinated names make them subnational units:
// "Niger and Kwara states", "Kasaï and Kwilu provinces".
var unitPlurals = wordList("local-unit-plural")

// namedFeatureMention reports a state's name at m that names a river
// after "the" or one of two units before a plural unit noun.
func (a *analysis) namedFeatureMention(m *placeMention) bool {
	toks := a.d.toks
	if m.kind != sName || m.lim >= len(toks) {
		return false
	}
	if m.first > 0 && toks[m.first-1].lower == "the" && lowerGeoFeatures.has(toks[m.lim].text) {
		return true // "the Niger river"
	}
	if m.lim+2 < len(toks) && toks[m.lim].lower == "and" && toks[m.lim+1].cap && toks[m.lim+1].kind == tWord && unitPlurals.has(toks[m.lim+2].text) {
		return true // "Niger and Kwara states"
	}
	return m.first >= 2 && unitPlurals.has(toks[m.lim].text) && toks[m.first-1].lower == "and" && toks[m.first-2].cap && toks[m.first-2].kind == tWord
}
