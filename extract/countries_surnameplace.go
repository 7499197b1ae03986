package extract

import "slices"

// locativeWords before a town's name use it as a place: "in Houston",
// "the ferry to Kerch".
var locativeWords = closedSet("in", "at", "from", "to", "near", "outside", "across", "into", "around", "toward", "towards")

// surnamePlaces marks as a word of a person's name every one-word mention
// of a town or region whose name the story also writes as a surname after
// a given name (endsPersonName): after "defense attorney Neil Kerch",
// "Kerch said" is the lawyer, not the Crimean city, and names no scene.
// A name that runs on ("Sam Houston Parkway", "Sam Houston State
// University") is a thing's, not a person's. A story that also puts something in or at the town ("Sam Houston State
// University ... in Houston") keeps its other mentions. States and
// capitals are left to their own rules.
func (a *analysis) surnamePlaces() {
	var surnames []string
	for pi := range a.places {
		if m := &a.places[pi]; m.kind == sPlace && m.lim == m.first+1 && a.endsPersonName(m) && !a.capitalAfter(m.lim) {
			surnames = append(surnames, a.d.toks[m.first].text)
		}
	}
	if surnames == nil {
		return
	}
	for pi := range a.places {
		if m := &a.places[pi]; m.kind == sPlace && m.lim == m.first+1 && m.first > 0 && locativeWords.hasToken(&a.d.toks[m.first-1]) {
			surnames = slices.DeleteFunc(surnames, func(s string) bool { return s == a.d.toks[m.first].text })
		}
	}
	for pi := range a.places {
		if m := &a.places[pi]; m.kind == sPlace && m.lim == m.first+1 && slices.Contains(surnames, a.d.toks[m.first].text) {
			m.nameWord = true
		}
	}
}

// capitalAfter reports a capitalised word at k in the same sentence.
func (a *analysis) capitalAfter(k int) bool {
	toks := a.d.toks
	return k < len(toks) && toks[k].kind == tWord && toks[k].cap && toks[k].sent == toks[k-1].sent
}
