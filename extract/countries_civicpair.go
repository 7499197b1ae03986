package extract

import "strings"

// Two state words side by side may name a people of one state living in
// another: "Greek Cypriot", "Bosnian Serb", "Kosovo Serb". The civic half
// (a state's name, or an adjective of residence) names the state where
// they live; troops (troops_compounddemonym.go) and community leaders
// (officials_communityleader.go) read the pair.

// civicDemonyms are state adjectives of residence, not of descent, that
// win over the adjective of descent beside them.
var civicDemonyms = wordList("civic-demonym")

// civicBeside returns the state of the civic half of a pair that the
// adjective of descent m forms with the state word right before or after
// it: "Greek" in "Greek Cypriot" gives CY, "Serb" in "Bosnian Serb" BA.
func (a *analysis) civicBeside(m placeMention) string {
	if m.kind != sAdjective || a.civicAt(m) || strings.ContainsRune(a.d.toks[m.lim-1].text, '-') {
		return "" // "Turkish-backed Syrian fighters": the backer, no descent
	}
	if o, ok := a.placeStartingAt(m.lim); ok && o.state && o.code != m.code && a.civicAt(o) {
		return o.code
	}
	if m.first > 0 && a.placeAt[m.first-1] >= 0 {
		if o := a.places[a.placeAt[m.first-1]]; o.state && o.lim == m.first && o.code != m.code && a.civicAt(o) {
			return o.code // "Bosnian Serb", "Kosovo Serb"
		}
	}
	return ""
}

// civicAt reports a state word of residence: a state's name used before
// another state word ("Kosovo Serb"), or a civic adjective ("Cypriot").
func (a *analysis) civicAt(m placeMention) bool {
	toks := a.d.toks
	if m.kind == sName || m.kind == sAlias {
		return !m.possessive
	}
	return m.kind == sAdjective && civicDemonyms.hasToken(&toks[m.lim-1])
}

// descentBeside reports an adjective of descent beside its civic half,
// which names the state: "Bosnian Serb" and "Kosovo Serb" name Bosnia
// and Kosovo, "Greek Cypriot" Cyprus, not Serbia or Greece. A compound
// beside it is no civic half: "a US-trained Afghan commander".
func (a *analysis) descentBeside(m placeMention) bool {
	toks := a.d.toks
	if m.first > 0 && strings.ContainsRune(toks[m.first-1].text, '-') || m.lim < len(toks) && strings.ContainsRune(toks[m.lim].text, '-') {
		return false
	}
	return a.civicBeside(m) != ""
}
