package extract

// Pass 3, people and roles. Reads: the tokens, places and bodies. Writes:
// peopleAndRoles. Rules: people.go (names and their mentions), roles.go,
// roles_before.go and roles_after.go (titles before a name and in an
// apposition, as tables of named matchers), role_verbs.go ("X, who heads"),
// bodies.go (which body or state a role belongs to). Report: officials
// (officials.go).

// peopleAndRoles is the output of the people-and-roles pass: the people
// the article names, each mention of them, and the roles it gives them. It
// reads the tokens and the places and bodies.
type peopleAndRoles struct {
	people   []*person
	mentions []personMention
	personAt []int32 // token -> index into mentions, or -1

	midCap       map[string]bool  // words capitalised mid-sentence, built on first use
	lowerWords   map[string]bool  // words written in lower case, built when scans grow costly
	lowerScanned int              // tokens scanned by writtenLower before lowerWords
	givenIndex   map[string][]int // people by first name, built on first use

	mentionOrder []int // mention indexes in text order, built on first use
}

// findPeopleAndRoles runs the people-and-roles pass over the tokens d and
// the places and bodies pb alone: names first, then the roles written
// around them. It returns pb with the values its accessors computed on the
// way (the article's home state), and the people.
func findPeopleAndRoles(lx *lexicon, d *doc, pb placesAndBodies, trace func(string)) (placesAndBodies, peopleAndRoles) {
	a := &analysis{lx: lx, d: d, placesAndBodies: pb, trace: trace}
	a.findPeople()
	a.findRoles()
	return a.placesAndBodies, a.peopleAndRoles
}
