package extract

import "strings"

// originSuffixes after a state's word and a hyphen say where a person
// comes from, not whose office the person holds (words_places.tsv
// origin-suffix): "Norway's Moroccan-born interior minister" is Norway's,
// "a US-trained Afghan commander" Afghanistan's.
var originSuffixes = wordList("origin-suffix")

// originCompound reports a state's mention that is one hyphenated token
// ending in an origin word ("Moroccan-born"): a title reads past it as a
// describing word, and it gives the title no state.
func (a *analysis) originCompound(m placeMention) bool {
	if m.lim != m.first+1 || !m.state {
		return false
	}
	t := a.d.toks[m.first].text
	hy := hyphenAt(t)
	return hy > 0 && originSuffixes.has(strings.ToLower(t[hy+1:]))
}
