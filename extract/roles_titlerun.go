package extract

// worldRegions end the names of world regions: "North America", "Europe".
var worldRegions = wordList("world-region")

// titleGoesOn reports a capitalised run after a title word that goes on
// the title rather than naming a person: it ends on a weak role noun
// ("officer", "official", not "King" of "Mervyn King") and opens with no
// given name ("its first Chief Strategy Officer" is one title,
// "Strategy Officer" no one), or it ends on a place of two words or more
// that is no state, or on a world region ("President Acme North America"
// heads a company's arm).
func (a *analysis) titleGoesOn(m personMention) bool {
	toks := a.d.toks
	if m.lim-m.first < 2 || m.lim > len(toks) {
		return false
	}
	last := m.lim - 1
	if a.roleKind(last) == rWeak && !a.lx.roleTags[toks[last].lower+"/surname"] &&
		a.lx.givenNames.get(toks[m.first].text) == 0 {
		return true
	}
	if worldRegions.hasToken(&toks[last]) {
		return true
	}
	if pi := a.placeAt[last]; pi >= 0 {
		pl := a.places[pi]
		return !pl.state && pl.lim == m.lim && pl.first > m.first && pl.lim-pl.first >= 2
	}
	return false
}
