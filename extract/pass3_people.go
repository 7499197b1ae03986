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

	*peopleMemo // values computed on first use, by this pass or a later one
}

// peopleMemo holds values computed on first use. It is shared by every copy
// of peopleAndRoles, so that a later pass computes each once.
type peopleMemo struct {
	midCap       map[string]bool  // words capitalised mid-sentence
	lowerWords   map[string]bool  // words written in lower case, built when scans grow costly
	lowerAsked   map[string]bool  // writtenLower's answers before lowerWords
	lowerScanned int              // tokens scanned by writtenLower before lowerWords
	lowerShapes  *shapeFilter     // the shapes of the words written in lower case, filled on first use (doc.shapeRoom)
	givenIndex   map[string][]int // people by first name
	// givenSeen has bit shapeBit(w)&255 of each first name w in
	// givenIndex: most words byGivenName is asked are no one's first
	// name, turned away without hashing them
	givenSeen    [4]uint64
	mentionOrder []int // mention indexes in text order
	// titleWords are titleWordAt's answers per token
	titleWords boolMemo
	// classes are the tokens' bits in the lexicon's peopleClassTable,
	// made on first use (see peopleBits)
	classes tokenClasses
}

// Bits of peopleClassTable: the word lists the people pass asks of many
// tokens (the words around each capitalised run), one look-up a token for
// them all.
const (
	pcParticle     uint32 = 1 << iota // nameParticles
	pcHuman                           // humanNouns
	pcSuffix                          // nameSuffixes
	pcPlaceHead                       // placeHeads
	pcPlaceAfter                      // placeNounsAfter
	pcSurnameFirst                    // surnameFirstWords
	pcSpeech                          // a form of a speech verb (lexicon.speech)
	pcKin                             // a noun of a relative (lexicon.kin)
)

// peopleClassTable is the table of the pc bits, made once per lexicon.
func (lx *lexicon) peopleClassTable() classTable {
	return lx.peopleClasses.get(lx.buildPeopleClasses)
}

// buildPeopleClasses makes peopleClassTable.
func (lx *lexicon) buildPeopleClasses() classTable {
	t := classTable{}
	addMapped(t, pcSpeech, lx.speech)
	addMapped(t, pcKin, lx.kin)
	t.add(pcParticle, nameParticles.words())
	t.add(pcHuman, humanNouns.words())
	t.add(pcSuffix, nameSuffixes.words())
	t.add(pcPlaceHead, placeHeads.words())
	t.add(pcPlaceAfter, placeNounsAfter.words())
	t.add(pcSurnameFirst, surnameFirstWords.words())
	return t
}

// peopleBits returns the pc bits of token i.
func (a *analysis) peopleBits(i int) uint32 {
	m := a.peopleMemo
	if m.classes.bits == nil {
		m.classes = newTokenClasses(&a.lx.peopleClasses, a.lx.buildPeopleClasses, a.d)
	}
	return m.classes.of(i)
}

// peopleClass reports whether token i is in the list of the pc bit.
func (a *analysis) peopleClass(i int, bit uint32) bool {
	return a.peopleBits(i)&bit != 0
}

// findPeopleAndRoles runs the people-and-roles pass over the tokens d and
// the places and bodies pb alone: names first, then the roles written
// around them, then the genders that nouns for relatives and given names
// tell.
// It runs on a, which it sets afresh.
func findPeopleAndRoles(a *analysis, lx *lexicon, d *doc, pb placesAndBodies, trace func(string)) peopleAndRoles {
	*a = analysis{lx: lx, d: d, placesAndBodies: pb, trace: trace}
	a.peopleMemo = new(peopleMemo)
	a.mentions = d.rooms.mentions[:0]
	a.findPeople()
	a.findRoles()
	a.inferGenders()
	d.rooms.mentions = a.mentions
	return a.peopleAndRoles
}
