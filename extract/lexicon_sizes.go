package extract

import "strings"

// gazetteerSize is an estimate, from a gazetteer's text, of how many
// entries and words it gives the lexicon, made before the lexicon is read
// so that its tries, tables and maps are made once at their final size.
// Fixed numbers went stale as the lists grew (the place trie outgrew its
// room by a fifth and was copied whole, the victims' map was sized for
// half its words), and every table grown at start-up is one more copy
// touching fresh pages, each a page fault. The estimates may run high:
// the room of a large slice not yet written costs no fault.
type gazetteerSize struct {
	lines int // lines, comments included
	items int // lines plus the extra items of ";"-separated lists
	words int // items plus the words after a space
}

// sizeOf counts the separators of the gazetteers' texts (a fast scan,
// some 10 µs for all of them).
func sizeOf(texts ...string) gazetteerSize {
	var s gazetteerSize
	for _, t := range texts {
		lines := strings.Count(t, "\n") + 1
		items := lines + strings.Count(t, ";")
		s.lines += lines
		s.items += items
		s.words += items + strings.Count(t, " ")
	}
	return s
}

// reserveTries makes room in lx's tries for the gazetteers they hold.
// A name of a state or a body is read also without its "the" and, for
// bodies, in other spellings (orgVariants): a quarter more words, and as
// many first words as items.
func (lx *lexicon) reserveTries() {
	places := sizeOf(countriesTSV, subnationalTSV)
	lx.placeTrie.reserve(places.words+places.words/4, places.items+places.items/4)
	orgs := sizeOf(organizationsTSV)
	lx.orgTrie.reserve(orgs.words+orgs.words/4, orgs.items+orgs.items/4)
	roles := sizeOf(rolesTSV)
	lx.roleTrie.reserve(roles.words/2, roles.lines/4) // multi-word roles only, with plurals
	lx.personnel.reserve(sizeOf(personnelTSV).words, sizeOf(personnelTSV).items)
	lx.death.reserve(sizeOf(deathWordsTSV).words, sizeOf(deathWordsTSV).items)
}
