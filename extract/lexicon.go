package extract

import (
	_ "embed" // the gazetteers
	"fmt"
	"iter"
	"slices"
	"strings"
	"sync"
	"unicode"
	"unicode/utf8"

	"golang.org/x/text/unicode/norm"
)

// The gazetteers and lexicons live in data/ as tab-separated files with
// their sources noted in their headers; they are embedded so that the
// package needs no files at run time. Each gazetteer, and each word list
// (words_*.tsv, see wordFiles), is embedded as a string, whose entries the
// lexicon keeps as slices of it rather than copies.
var (
	//go:embed data/countries.tsv
	countriesTSV string
	//go:embed data/subnational.tsv
	subnationalTSV string
	//go:embed data/organizations.tsv
	organizationsTSV string
	//go:embed data/given_names.tsv
	givenNamesTSV string
	//go:embed data/roles.tsv
	rolesTSV string
	//go:embed data/compound_titles.tsv
	compoundTitlesTSV string
	//go:embed data/speech_verbs.tsv
	speechVerbsTSV string
	//go:embed data/personnel.tsv
	personnelTSV string
	//go:embed data/death_words.tsv
	deathWordsTSV string
	//go:embed data/domestic_titles.tsv
	domesticTitlesTSV string
	//go:embed data/absent_offices.tsv
	absentOfficesTSV string
	//go:embed data/victims.tsv
	victimsTSV string
	//go:embed data/body_words.tsv
	bodyWordsTSV string
	//go:embed data/body_nouns.tsv
	bodyNounsTSV string
	//go:embed data/role_verbs.tsv
	roleVerbsTSV string
	//go:embed data/members.tsv
	membersTSV string
	//go:embed data/speaker_nouns.tsv
	speakerNounsTSV string
	//go:embed data/local_forms.tsv
	localFormsTSV string
	//go:embed data/currencies.tsv
	currenciesTSV string
	//go:embed data/hired_forces.tsv
	hiredForcesTSV string
	//go:embed data/unit_states.tsv
	unitStatesTSV string
	//go:embed data/territory_sovereigns.tsv
	territorySovereignsTSV string
	//go:embed data/divided_halves.tsv
	dividedHalvesTSV string
	//go:embed data/surname_origins.tsv
	surnameOriginsTSV string
	//go:embed data/office_holders.tsv
	officeHoldersTSV string
)

// phraseTrie matches multi-word phrases over tokens, longest first. Its
// nodes live in one slice and their values in another, so that the
// thousands of phrases of a gazetteer are a few allocations, not a few
// each. The zero phraseTrie holds no phrase.
type phraseTrie struct {
	nodes []trieNode // nodes[0] is the root, once a phrase is added
	first headTable  // the root's children, by word
	// more holds the children after the first of the few nodes below the
	// root that have several, each a link of its parent's chain, and
	// wide the children of the fewer that have more than maxTrieLinks, a
	// map a node (see trieNode.more)
	more []trieLink
	wide []map[string]int32
	vals []int // the nodes' values, each node's side by side
	// heads holds the phrases' first words: most tokens start no phrase,
	// and are turned away without hashing.
	heads *wordShapes
}

// trieNode is a node below the root of a phraseTrie. Most have one child
// only ("United" → "Kingdom"): onlyWord and only, a comparison rather than
// a map look-up; only is 0 for a node with no child. A node with a few
// has the others in a chain from phraseTrie.more[more-1] (most have two
// or three: a few comparisons, where a map a node hashed the word and
// was a tenth of the tries' memory), one with many in the map
// phraseTrie.wide[-1-more]. Its values are vals[valOff:valOff+valN].
type trieNode struct {
	onlyWord     string
	only         int32
	more         int32 // 1 + the first link of the other children, -1-i for wide[i], or 0
	valOff, valN int32
}

// maxTrieLinks is the most children after its first that a node keeps
// in a chain: a chain is searched word by word, and a few of the nodes
// have tens of children.
const maxTrieLinks = 4

// trieLink is a child of a node of a phraseTrie other than its first:
// the word to it, the child, and 1 + the next link, or 0.
type trieLink struct {
	word       string
	node, next int32
}

// wordShapes is a filter of words by their length and their first, middle
// and last bytes, hashed to one of 65,536 bits: a word it does not hold is
// certainly not in the set it was built from, and most words outside the
// set are turned away without hashing the whole word for a map look-up.
type wordShapes [1 << 10]uint64

// shapeBit is the bit of w in a wordShapes; w is not "". Tokens carry
// theirs (token.shape, token.textShape).
func shapeBit(w string) uint16 {
	n := len(w)
	h := uint32(w[0]) | uint32(w[n/2])<<8 | uint32(w[n-1])<<16 | uint32(min(n, 255))<<24
	return uint16((h * 0x9e3779b1) >> 16)
}

func (s *wordShapes) add(w string) {
	if w != "" {
		b := shapeBit(w)
		s[b>>6] |= 1 << (b & 63)
	}
}

// mayHold reports whether w may be one of the words added; "" always may,
// and any word may be in a nil filter.
func (s *wordShapes) mayHold(w string) bool {
	if s == nil || w == "" {
		return true
	}
	return s.holds(shapeBit(w))
}

// holds is mayHold for a word whose shapeBit is b.
func (s *wordShapes) holds(b uint16) bool {
	return s == nil || s[b>>6]&(1<<(b&63)) != 0
}

// lazyShapes is a filter of words made on first use, by any goroutine.
type lazyShapes struct {
	once   sync.Once
	shapes *wordShapes
}

// get returns the filter, made by build the first time.
func (l *lazyShapes) get(build func() *wordShapes) *wordShapes {
	l.once.Do(func() { l.shapes = build() })
	return l.shapes
}

// reserve makes room for a gazetteer of about the given numbers of nodes
// and first words, so that its trie is not grown (and copied) step by
// step while loading. The trie is empty: its room is made, not grown,
// since slices.Grow clears the room past the length of a slice without
// pointers (vals), touching every page of it, where a new slice's fresh
// pages are touched only as they are written (the room reserved runs a
// third high).
func (t *phraseTrie) reserve(nodes, first int) {
	t.nodes = make([]trieNode, 0, nodes)
	t.vals = make([]int, 0, nodes)
	t.first.reserve(first)
}

func (t *phraseTrie) add(words []string, v int) {
	if len(t.nodes) == 0 {
		t.nodes = append(t.nodes, trieNode{})
	}
	if len(words) > 0 {
		if t.heads == nil {
			t.heads = new(wordShapes)
		}
		t.heads.add(words[0])
	}
	n := int32(0)
	for _, w := range words {
		c := t.child(n, w, shapeBit(w))
		if c == 0 {
			c = t.addChild(n, w)
		}
		n = c
	}
	t.addVal(n, v)
}

// addVal adds v to the values of node n, unless it has it already. A node
// given a second value after other nodes' has its values moved to the end.
func (t *phraseTrie) addVal(n int32, v int) {
	nd := &t.nodes[n]
	old := t.vals[nd.valOff : nd.valOff+nd.valN]
	if slices.Contains(old, v) {
		return
	}
	if int(nd.valOff+nd.valN) != len(t.vals) || nd.valN == 0 {
		nd.valOff = int32(len(t.vals))
		t.vals = append(t.vals, old...)
	}
	t.vals = append(t.vals, v)
	nd.valN++
}

// child returns the node after word w, whose shapeBit is b, from node
// n, or 0.
func (t *phraseTrie) child(n int32, w string, b uint16) int32 {
	if n == 0 {
		return t.first.get(w, b)
	}
	return t.below(n, w)
}

// below is child for a node n below the root.
func (t *phraseTrie) below(n int32, w string) int32 {
	nd := &t.nodes[n]
	if nd.only > 0 && nd.onlyWord == w {
		return nd.only
	}
	if nd.more < 0 {
		return t.wide[-1-nd.more][w]
	}
	for l := nd.more; l != 0; l = t.more[l-1].next {
		if t.more[l-1].word == w {
			return t.more[l-1].node
		}
	}
	return 0
}

// addMore adds child c, after word w, to the children after the first of
// node nd: to its chain, or when the chain is full to a map of them all.
func (t *phraseTrie) addMore(nd *trieNode, w string, c int32) {
	if nd.more < 0 {
		t.wide[-1-nd.more][w] = c
		return
	}
	links := 0
	for l := nd.more; l != 0; l = t.more[l-1].next {
		links++
	}
	if links < maxTrieLinks {
		t.more = append(t.more, trieLink{word: w, node: c, next: nd.more})
		nd.more = int32(len(t.more))
		return
	}
	m := make(map[string]int32, 2*maxTrieLinks)
	for l := nd.more; l != 0; l = t.more[l-1].next {
		m[t.more[l-1].word] = t.more[l-1].node // the links are left unused
	}
	m[w] = c
	t.wide = append(t.wide, m)
	nd.more = int32(-len(t.wide))
}

// addChild adds a node after word w from node n, which has no such child
// yet, and returns it.
func (t *phraseTrie) addChild(n int32, w string) int32 {
	c := int32(len(t.nodes))
	t.nodes = append(t.nodes, trieNode{})
	switch nd := &t.nodes[n]; {
	case n == 0:
		t.first.put(w, shapeBit(w), c)
	case nd.only == 0:
		nd.onlyWord, nd.only = w, c
	default:
		t.addMore(nd, w, c)
	}
	return c
}

// mayStart reports whether tok may start a phrase, keyed by its text
// (lower false) or its lower case form: false is certain, and match
// would find nothing. It is match's first test, cheap enough for the
// passes that try every token to ask before calling match.
func (t *phraseTrie) mayStart(tok *token, lower bool) bool {
	b := tok.textShape
	if lower {
		b = tok.shape
	}
	return t.heads.holds(b)
}

// startsLower reports a phrase whose first word is the token's lower
// case form.
func (t *phraseTrie) startsLower(tok *token) bool {
	return t.mayStart(tok, true) && t.first.get(tok.lower, tok.shape) != 0
}

// shapesOf builds the filter of the words of several sets.
func shapesOf(sets ...map[string]bool) *wordShapes {
	s := new(wordShapes)
	for _, set := range sets {
		for w := range set {
			s.add(w)
		}
	}
	return s
}

// match returns the longest phrase starting at token i (keys by exact text
// when lower is false) and the index after it. Phrases never cross paragraphs.
func (t *phraseTrie) match(toks []token, i int, lower bool) (vals []int, lim int) {
	if i >= len(toks) || t.heads == nil {
		return nil, 0
	}
	k, b := tokenKey(&toks[i], lower)
	if !t.heads.holds(b) {
		return nil, 0
	}
	for j, n := i, t.first.get(k, b); n != 0; {
		if nd := &t.nodes[n]; nd.valN > 0 {
			vals, lim = t.vals[nd.valOff:nd.valOff+nd.valN:nd.valOff+nd.valN], j+1
		}
		if j++; j >= len(toks) || t.nodes[n].only == 0 || toks[j].para != toks[i].para {
			break
		}
		k, _ = tokenKey(&toks[j], lower)
		n = t.below(n, k)
	}
	return vals, lim
}

// tokenKey is the key of tok in a trie, its text or (lower) its lower case
// form, with the key's shapeBit.
func tokenKey(tok *token, lower bool) (string, uint16) {
	if lower {
		return tok.lower, tok.shape
	}
	return tok.text, tok.textShape
}

// words tokenises a gazetteer entry exactly as body text is tokenised,
// in lx's scratch buffers: the words live there until the next call.
func (lx *lexicon) words(s string, lower bool) []string {
	if w, ok := lx.plainWords(s, lower); ok {
		return w
	}
	toks := lx.tokens(s)
	lx.scratchWords = lx.scratchWords[:0]
	for _, t := range toks {
		if lower {
			lx.scratchWords = append(lx.scratchWords, t.lower)
		} else {
			lx.scratchWords = append(lx.scratchWords, t.text)
		}
	}
	return lx.scratchWords
}

// tokens is tokensOf at load time: the tokens live in lx's scratch buffer
// until the next call. The entries' words with a capital are lowered into
// one buffer after another (lowerASCII), kept from entry to entry.
// The doc is made once and only the fields tokenisation writes are reset
// from entry to entry: the lexicon is on the heap, and writing every field
// of a doc (with its write barriers) cost more than tokenising a short entry.
func (lx *lexicon) tokens(s string) []token {
	d := &lx.scratchDoc
	if d.starts == nil {
		*d = doc{asciiFast: true, starts: numberStarts()}
	}
	d.text, d.toks, d.quoteToks = s, d.toks[:0], d.quoteToks[:0]
	d.tokenizeLine(0, len(s), 0)
	return d.toks
}

// State is a sovereign state (or territory with its own code) of the
// embedded ISO 3166-1 gazetteer.
type State struct {
	Code   string // ISO 3166-1 alpha-2
	Name   string // common English short name
	Region string
}

type surfaceKind uint8

const (
	sName surfaceKind = iota
	sAlias
	sAdjective
	sCapital
	sPlace // a place inside a state (subnational.tsv)
)

type countrySurface struct {
	code      string
	kind      surfaceKind
	ambiguous bool
	text      string
}

type org struct {
	Name    string
	Kind    string // intl, armed, party, ngo, media, company, agency
	Country string
}

type roleKind uint8

const (
	rHead roleKind = iota + 1
	rWeak
	rMod
	rQual
	rHonorific
	rRank
	rOffice // a multi-word role read only as a whole: "U.S. attorney"
)

type deathKind uint8

const (
	dPassive deathKind = iota + 1
	dIntrans
	dActive
	dAdj
	dNoun
	dToll
	dHurt
)

// lexicon holds every gazetteer, read once by New and shared read-only.
type lexicon struct {
	countries map[string]State
	surfaces  []countrySurface
	placeTrie phraseTrie // countries and places, exact case
	// shadowed are places inside a state whose name a state's own name
	// shadows in placeTrie, by that name: "Georgia" -> US
	shadowed map[string][]string

	orgs    []org
	orgTrie phraseTrie // exact case
	// partyWords are the words that name a state's party by themselves,
	// lower case, with the states whose parties they name (partyWordOf):
	// "conservative" -> GB, CA
	partyWords map[string][]string

	givenNames *wordTable // name -> 'M', 'F' or 'U'

	roles     map[string]roleKind // single words, lower case, singular
	adjTitles map[string]bool     // role nouns that are also adjectives: "general", "premier"
	private   map[string]bool     // role heads of companies and private bodies: "ceo", "executive"
	// missions holds the names of the gazetteer's intergovernmental bodies
	// one of whose names calls them a mission, force or operation
	// ("UNISFA", the "... Security Force for Abyei"): what "the mission"
	// refers back to
	missions  map[string]bool
	roleTrie  phraseTrie // multi-word roles, lower case (heads only)
	roleKinds []roleKind

	speech map[string]string // form -> lemma

	personnel      phraseTrie // lower case
	personnelWeak  []bool
	personnelArmed []bool   // weak nouns that count only as a state's or an army's: "engineers"
	personnelServ  []bool   // nouns that count only after an armed service's name: "70 air force staff"
	personnelHome  []string // the one state whose corps a noun names: "carabinieri" IT, else ""

	death      phraseTrie // lower case
	deathKinds []deathKind

	victims map[string]victimKind // people a death figure counts, by word

	domestic map[string][]string // bare title -> states whose press writes it bare
	abroad   map[string]bool     // bare titles still the press's own in a story datelined abroad
	// localForms: a body's bare surface -> dateline state -> the body it
	// names there (local_forms.tsv)
	localForms map[string]map[string]int
	absent     map[string][]string // office -> states whose government has none (absent_offices.tsv)
	// surnameOrigins: surname endings of few states' naming customs
	// (surname_origins.tsv), for breaking a tie between states
	surnameOrigins []surnameOrigin
	only           map[string][]string // office -> the only states whose government has it (absent_offices.tsv, "only")
	// holders: people who held a national office (office_holders.tsv),
	// indexed on first use: most articles name none
	holders holderIndex
	// quoteClasses: the quotes pass's classTable (quoteClassTable), made
	// on first use, as it reads the speech verbs above
	quoteClasses lazyClasses
	// peopleClasses: the people pass's classTable (peopleClassTable)
	peopleClasses lazyClasses
	// unitWords: the filter of the words that may open a troop figure's
	// noun (the figures pass's lastUnitWord), made on first use
	unitWords lazyShapes

	bodyWords map[string]bodyWord // words that make a capitalised run no person's name

	bodyKinds map[string]string // lower-case nouns naming a body by its type -> kind (body_nouns.tsv)
	roleTags  map[string]bool   // roles.tsv third-column tags, "word/tag": "colonel/military"
	roleVerbs map[string]string // "heads" -> "head" (role_verbs.tsv)
	members   map[string]string // "senate" -> "senator" (members.tsv)
	// currencies maps a currency's name or sign to the one state that
	// issues it: "cedi", "GH¢" -> GH (currencies.tsv)
	currencies map[string]string
	// currencyOpens holds the first bytes of the keys of currencies: a
	// token that opens with no such byte is turned away without a look-up
	currencyOpens [256]bool
	// currencyShapes filters a token's text (token.textShape) before a
	// look-up in currencies
	currencyShapes wordShapes
	// hiredForces maps the name of a private or state-run force of hired
	// fighters, as written, to the state behind it: "Wagner" -> RU
	// (hired_forces.tsv)
	hiredForces map[string]string
	// unitStates maps the endings of unit names only one state's army
	// uses, words joined by spaces, to that state: "Brigade Combat Team"
	// -> US (unit_states.tsv)
	unitStates map[string]string
	// sovereigns maps a dependent territory's code to its sovereign
	// state's: RE -> FR (territory_sovereigns.tsv)
	sovereigns map[string]string
	// halves maps the bare name of a divided nation's half, as written,
	// to its state and the other half's: "North" -> KP, KR
	// (divided_halves.tsv)
	halves map[string][2]string

	kin           map[string]byte     // relative nouns -> 'M', 'F' or 'U' (speaker_nouns.tsv)
	documents     map[string]bool     // "statement", "letter": texts that speak for a body
	bodyNounKinds map[string][]string // "company" -> kinds of organisation "the company" may stand for
	placeNouns    map[string]bool     // "square", "street": a phrase ending in one is a place
	personNouns   map[string]bool     // "citizen", "passenger": nouns for a person

	// the tokens and words of one gazetteer entry, while loading
	scratchWords []string
	scratchNames []string
	scratchDoc   doc

	roleShapes   *wordShapes           // filters words before a look-up in roles
	roleIndex    *shapeMap[roleKind]   // roles' words of a kind, looked up by a token's shapeBit
	victimIndex  *shapeMap[victimKind] // victims' words, looked up by shapeBit (victimKindOf)
	endsRole     *shapeSet             // the roles tagged "endsrole" in roles.tsv (roleKind)
	publicRoles  *shapeSet             // the roles tagged "public" in roles.tsv (privateTitle)
	tagSets      roleTagSets           // the roles of the tags asked most (roleTagged)
	victimHeads  *wordShapes           // filters the heads of compounds before a look-up (compoundVictimKind)
	givenShapes  *wordShapes           // filters words before a look-up in givenNames
	speechShapes *wordShapes           // filters words before a look-up in speech
	runShapes    nameRunShapes         // filters the words of a name run
	nameBlock    *wordShapes           // filters words before a look-up in notNameWords and commonStarters (nameWordToken)
}

// bodyWord is a word of body_words.tsv: its kind, and whether it blocks a
// name only as the run's last word.
type bodyWord struct {
	kind     string
	lastOnly bool
}

func loadLexicon() (*lexicon, error) {
	if _, err := wordSets(); err != nil {
		return nil, err
	}
	lx := newLexicon()
	lx.reserveTries()
	steps := []struct {
		file string
		text string
		cols int
		fn   func([]string) error
	}{
		{"countries.tsv", countriesTSV, 5, lx.addCountry},
		{"subnational.tsv", subnationalTSV, 2, lx.addPlace},
		{"organizations.tsv", organizationsTSV, 3, lx.addOrg},
		{"given_names.tsv", givenNamesTSV, 1, lx.addGivenName},
		{"roles.tsv", rolesTSV, 2, lx.addRole},
		{"compound_titles.tsv", compoundTitlesTSV, 2, lx.addRole},
		{"speech_verbs.tsv", speechVerbsTSV, 1, lx.addSpeechVerb},
		{"personnel.tsv", personnelTSV, 1, lx.addPersonnel},
		{"death_words.tsv", deathWordsTSV, 2, lx.addDeathWord},
		{"domestic_titles.tsv", domesticTitlesTSV, 2, lx.addDomesticTitle},
		{"absent_offices.tsv", absentOfficesTSV, 2, lx.addAbsentOffice},
		{"victims.tsv", victimsTSV, 2, lx.addVictimWord},
		{"body_words.tsv", bodyWordsTSV, 3, lx.addBodyWord},
		{"body_nouns.tsv", bodyNounsTSV, 2, lx.addBodyNoun},
		{"role_verbs.tsv", roleVerbsTSV, 2, func(c []string) error { lx.roleVerbs[trimField(c[0])] = trimField(c[1]); return nil }},
		{"members.tsv", membersTSV, 2, func(c []string) error { lx.members[trimField(c[0])] = trimField(c[1]); return nil }},
		{"speaker_nouns.tsv", speakerNounsTSV, 2, lx.addSpeakerNoun},
		{"local_forms.tsv", localFormsTSV, 2, lx.addLocalForm},
		{"surname_origins.tsv", surnameOriginsTSV, 2, lx.addSurnameOrigin},
		{"currencies.tsv", currenciesTSV, 2, lx.addCurrency},
		{"hired_forces.tsv", hiredForcesTSV, 2, func(c []string) error { lx.hiredForces[trimField(c[0])] = trimField(c[1]); return nil }},
		{"unit_states.tsv", unitStatesTSV, 2, func(c []string) error { lx.unitStates[trimField(c[0])] = trimField(c[1]); return nil }},
		{"territory_sovereigns.tsv", territorySovereignsTSV, 2, func(c []string) error { lx.sovereigns[trimField(c[0])] = trimField(c[1]); return nil }},
		{"divided_halves.tsv", dividedHalvesTSV, 3, func(c []string) error {
			lx.halves[trimField(c[0])] = [2]string{trimField(c[1]), trimField(c[2])}
			return nil
		}},
	}
	for _, s := range steps {
		if err := readTSV(s.file, s.text, s.cols, s.fn); err != nil {
			return nil, err
		}
	}
	lx.scratchWords, lx.scratchNames, lx.scratchDoc = nil, nil, doc{}
	lx.buildShapes()
	return lx, nil
}

// buildShapes indexes the shapes of role words, given names and speech
// verbs, which let most look-ups be skipped without hashing, and the
// role words by their shapeBit.
func (lx *lexicon) buildShapes() {
	lx.roleShapes = new(wordShapes)
	for w := range lx.roles {
		lx.roleShapes.add(w)
	}
	lx.roleIndex = newShapeMap(lx.roles)
	lx.addPluralSingulars()
	lx.victimIndex = newShapeMap(lx.victims)
	lx.endsRole = newShapeSet(taggedRoles(lx.roleTags, "endsrole"))
	lx.publicRoles = newShapeSet(taggedRoles(lx.roleTags, "public"))
	lx.tagSets = newRoleTagSets(lx.roleTags)
	lx.victimHeads = new(wordShapes)
	for w, k := range lx.victims {
		if k&vHead != 0 {
			lx.victimHeads.add(w)
		}
	}
	lx.givenShapes = new(wordShapes)
	for _, w := range lx.givenNames.words {
		lx.givenShapes.add(w)
	}
	lx.speechShapes = new(wordShapes)
	for w := range lx.speech {
		lx.speechShapes.add(w)
	}
	lx.runShapes = newNameRunShapes()
	lx.nameBlock = shapesOf(notNameWords.words(), commonStarters.words())
}

// newLexicon makes an empty lexicon with its maps and lists sized for the
// gazetteers (see gazetteerSize).
func newLexicon() *lexicon {
	places := sizeOf(countriesTSV, subnationalTSV)
	return &lexicon{
		countries:     make(map[string]State, sizeOf(countriesTSV).lines),
		givenNames:    newWordTable(strings.Count(givenNamesTSV, "\n")),  // a line a name
		roles:         make(map[string]roleKind, sizeOf(rolesTSV).lines), // a line a word, with their plurals
		adjTitles:     make(map[string]bool),
		partyWords:    make(map[string][]string),
		shadowed:      make(map[string][]string),
		private:       make(map[string]bool),
		missions:      make(map[string]bool),
		speech:        make(map[string]string, 4*sizeOf(speechVerbsTSV).lines), // a verb's forms a line
		domestic:      make(map[string][]string),
		victims:       make(map[string]victimKind, sizeOf(victimsTSV).lines*5/4), // with singulars of plurals
		abroad:        make(map[string]bool),
		absent:        make(map[string][]string),
		only:          make(map[string][]string),
		bodyWords:     make(map[string]bodyWord, sizeOf(bodyWordsTSV).lines),
		bodyKinds:     make(map[string]string),
		roleTags:      make(map[string]bool),
		roleVerbs:     make(map[string]string),
		members:       make(map[string]string),
		currencies:    make(map[string]string),
		hiredForces:   make(map[string]string),
		unitStates:    make(map[string]string),
		sovereigns:    make(map[string]string),
		halves:        make(map[string][2]string),
		kin:           make(map[string]byte),
		documents:     make(map[string]bool),
		bodyNounKinds: make(map[string][]string),
		placeNouns:    make(map[string]bool),
		personNouns:   make(map[string]bool),
		surfaces:      make([]countrySurface, 0, places.words), // a name has a word or more
		orgs:          make([]org, 0, sizeOf(organizationsTSV).lines),
	}
}

// addCurrency reads a line of currencies.tsv: SURFACE, CODE.
func (lx *lexicon) addCurrency(c []string) error {
	k := trimField(c[0])
	if k == "" {
		return fmt.Errorf("currency without a surface")
	}
	lx.currencies[k] = trimField(c[1])
	lx.currencyOpens[k[0]] = true
	lx.currencyShapes.add(k)
	return nil
}

// readTSV calls fn with the columns of each line of text, the gazetteer
// data/name, that is neither blank nor a comment. The columns are slices
// of text, in one buffer reused from line to line: fn may keep the
// strings but not the slice.
func readTSV(name, text string, minCols int, fn func([]string) error) error {
	var cols []string
	for line := 1; text != ""; line++ {
		var s string
		s, cols, text = cutTSVLine(text, cols)
		if s == "" || strings.HasPrefix(s, "#") {
			continue
		}
		if len(cols) < minCols {
			return fmt.Errorf("extract: gazetteer %s:%d: want at least %d columns, got %d", name, line, minCols, len(cols))
		}
		if err := fn(cols); err != nil {
			return fmt.Errorf("extract: gazetteer %s:%d: %w", name, line, err)
		}
	}
	return nil
}

// cutTSVLine cuts the first line off text: the line without its newline
// and the carriage returns before it, its tab-separated columns (cols
// emptied and refilled; none for a blank or comment line) and the text
// after it. It asks strings.IndexByte for each newline and tab directly:
// the gazetteers' fields are short, and the calls through strings.Cut
// (about 55,000 at start-up) cost more than the bytes.
func cutTSVLine(text string, cols []string) (line string, _ []string, rest string) {
	line = text
	if i := strings.IndexByte(text, '\n'); i >= 0 {
		line, rest = text[:i], text[i+1:]
	}
	for len(line) > 0 && line[len(line)-1] == '\r' {
		line = line[:len(line)-1]
	}
	cols = cols[:0]
	if line == "" || line[0] == '#' {
		return line, cols, rest
	}
	s := line
	for i := strings.IndexByte(s, '\t'); i >= 0; i = strings.IndexByte(s, '\t') {
		cols = append(cols, s[:i])
		s = s[i+1:]
	}
	return line, append(cols, s), rest
}

// splitList returns the items of a ";"-separated list (see listItems).
func splitList(s string) []string {
	out := make([]string, 0, strings.Count(s, ";")+1)
	for x := range listItems(s) {
		out = append(out, x)
	}
	return out
}

// listItems yields the items of a ";"-separated list, trimmed, leaving
// out the empty ones.
func listItems(s string) iter.Seq[string] {
	return func(yield func(string) bool) {
		for rest := s; rest != ""; {
			var x string
			x, rest, _ = strings.Cut(rest, ";")
			if x = trimField(x); x != "" && !yield(x) {
				return
			}
		}
	}
}

// listHas reports whether x is an item of the ";"-separated list s.
func listHas(s, x string) bool {
	for y := range listItems(s) {
		if y == x {
			return true
		}
	}
	return false
}

func col(cols []string, i int) string {
	if i < len(cols) {
		return cols[i]
	}
	return ""
}

func (lx *lexicon) addSurface(s countrySurface) {
	lx.addSurfaceWords(s, lx.words(s.text, false))
}

// addSurfaceWords is addSurface for a surface whose words (as
// lexicon.words gives them) are known already.
func (lx *lexicon) addSurfaceWords(s countrySurface, w []string) {
	if len(w) == 0 {
		return
	}
	lx.surfaces = append(lx.surfaces, s)
	lx.placeTrie.add(w, len(lx.surfaces)-1)
}

// articleOnly are aliases that name a state only after "the": "the
// States"; bare, they are common nouns.
var articleOnly = wordList("article-only")

func (lx *lexicon) addCountry(cols []string) error {
	code := trimField(cols[0])
	if len(code) != 2 {
		return fmt.Errorf("bad country code %q", code)
	}
	c := State{Code: code, Name: cols[1], Region: col(cols, 6)}
	lx.countries[code] = c
	amb := col(cols, 5)
	add := func(text string, k surfaceKind) {
		lx.addSurface(countrySurface{code: code, kind: k, text: text, ambiguous: listHas(amb, text)})
		// "the Netherlands" is also written "Netherlands", but "the States"
		// not "States" ("the Alliance of Sahel States")
		if rest, ok := strings.CutPrefix(text, "the "); ok && !articleOnly.has(strings.ToLower(rest)) {
			lx.addSurface(countrySurface{code: code, kind: k, text: rest, ambiguous: listHas(amb, text) || listHas(amb, rest)})
		}
	}
	add(c.Name, sName)
	for a := range listItems(cols[2]) {
		add(a, sAlias)
	}
	for a := range listItems(cols[3]) {
		add(a, sAdjective)
	}
	for a := range listItems(cols[4]) {
		add(a, sCapital)
	}
	return nil
}

func (lx *lexicon) addPlace(cols []string) error {
	code := trimField(cols[1])
	lx.addPlaceName(code, cols[0])
	for n := range listItems(col(cols, 2)) {
		lx.addPlaceName(code, n)
	}
	return nil
}

// addPlaceName adds a name of a place inside state code; the place
// gazetteer never shadows a state's own names.
func (lx *lexicon) addPlaceName(code, n string) {
	w := lx.words(n, false)
	if vals := lx.placeTrie.valsOf(w); len(vals) > 0 &&
		slices.ContainsFunc(vals, func(v int) bool { o := lx.surfaces[v]; return o.kind != sPlace || o.code == code }) {
		if !slices.ContainsFunc(vals, func(v int) bool { return lx.surfaces[v].code == code }) {
			lx.shadowed[n] = append(lx.shadowed[n], code) // "Georgia", the US state
		}
		return // a homonymous place of another state ("Punjab") is kept
	}
	lx.addSurfaceWords(countrySurface{code: code, kind: sPlace, text: n}, w)
}

// partyWordOf returns the word, lower case, that names party o of a
// state by itself: its whole name ("Likud", "PRI"), the word that "Party"
// completes ("Conservative Party", "Liberal Party of Canada") or that its
// members' plural noun does ("Liberal Democrats": "Liberal MP" in Britain).
// The first word of a longer name names no party ("Open VLD", "New
// Democracy", "Scottish Labour": "Open chief", "New leader" are none).
func partyWordOf(o org) string {
	if o.Kind != "party" || o.Country == "" {
		return ""
	}
	w, rest, _ := strings.Cut(o.Name, " ")
	member, plural := strings.CutSuffix(strings.ToLower(rest), "s")
	if rest != "" && rest != "Party" && !strings.HasPrefix(rest, "Party of ") && !(plural && partyMembers.has(member)) {
		return ""
	}
	return strings.ToLower(w)
}

// tokensOf tokenises a short phrase for trie look-ups at load time.
func tokensOf(s string) []token {
	d := &doc{text: s}
	d.tokenizeLine(0, len(s), 0)
	return d.toks
}

func (lx *lexicon) addOrg(cols []string) error {
	o := org{Name: cols[0], Kind: col(cols, 2), Country: trimField(col(cols, 3))}
	lx.orgs = append(lx.orgs, o)
	idx := len(lx.orgs) - 1
	if w := partyWordOf(o); w != "" && !slices.Contains(lx.partyWords[w], o.Country) {
		lx.partyWords[w] = append(lx.partyWords[w], o.Country)
	}
	names := append(lx.scratchNames[:0], o.Name)
	for n := range listItems(cols[1]) {
		names = append(names, n)
	}
	if o.Kind != "agency" && o.Kind != "party" {
		names = orgVariants(names) // a state's bodies keep their state's spelling
	}
	lx.scratchNames = names
	if o.Kind == "intl" && slices.ContainsFunc(names, namesMission) {
		lx.missions[o.Name] = true
		if t := titleCaseAcronym(o.Name); t != "" && !slices.Contains(names, t) {
			names = append(names, t) // "Kfor", "Unmiss": the BBC's way with a mission's acronym
		}
		lx.scratchNames = names
	}
	for _, n := range names {
		if w := lx.words(n, false); len(w) > 0 {
			lx.orgTrie.add(w, idx)
			if rest, ok := strings.CutPrefix(n, "the "); ok {
				lx.orgTrie.add(lx.words(rest, false), idx)
			}
		}
	}
	return nil
}

// titleCaseAcronym returns an acronym of four letters or more in title
// case ("KFOR": "Kfor"), as some presses write the acronyms they say as a
// word; "" for a name that is no such acronym.
func titleCaseAcronym(n string) string {
	if len(n) < 4 || !capitalLetters(n) {
		return ""
	}
	return n[:1] + strings.ToLower(n[1:])
}

// namesMission reports a body's name that calls it a mission, a force or
// an operation: "African Union Mission in Somalia", "Kosovo Force".
func namesMission(n string) bool {
	for _, w := range strings.Fields(n) {
		if w == "Mission" || w == "mission" || w == "Force" || w == "Operation" {
			return true
		}
	}
	return false
}

// orgVariants adds to a body's names their other spellings, British and
// American ("Syria Civil Defence", "Syria Civil Defense"), "U.N." for
// "UN" and "of the" for "of", so that the gazetteer lists each name once.
func orgVariants(names []string) []string {
	out := names
	for _, n := range names {
		v := n
		for _, r := range orgSpellings {
			v = strings.ReplaceAll(v, r[0], r[1])
		}
		if rest, ok := strings.CutPrefix(n, "UN "); ok {
			out = append(out, "U.N. "+rest)
		}
		if v != n {
			out = append(out, v)
		}
		// "International Federation of the Red Cross ...": copy often puts
		// "the" after a name's "of"
		if before, after, ok := strings.Cut(n, " of "); ok && !strings.HasPrefix(after, "the ") && after != "" && after[0] >= 'A' && after[0] <= 'Z' {
			out = append(out, before+" of the "+after)
		}
	}
	return out
}

// orgSpellings are British spellings in bodies' names and their American forms.
var orgSpellings = [][2]string{{"Defence", "Defense"}, {"Organisation", "Organization"}, {"Centre", "Center"}, {"Programme", "Program"}}

func (lx *lexicon) addGivenName(cols []string) error {
	g := byte('U')
	if s := trimField(col(cols, 1)); s != "" {
		g = s[0]
	}
	lx.givenNames.merge(trimField(cols[0]), g, 'U') // a name listed with two genders is either
	return nil
}

// trimField is strings.TrimSpace for a gazetteer field, most of which
// open and end with a printable ASCII byte and are returned at once: the
// given names alone are some 14,000 fields.
func trimField(s string) string {
	if s != "" && ' ' < s[0] && s[0] < utf8.RuneSelf && ' ' < s[len(s)-1] && s[len(s)-1] < utf8.RuneSelf {
		return s
	}
	return strings.TrimSpace(s)
}

var roleKindNames = sync.OnceValue(func() map[string]roleKind {
	return map[string]roleKind{
		"head": rHead, "weak": rWeak, "mod": rMod, "qual": rQual, "honorific": rHonorific, "rank": rRank,
		"office": rOffice,
	}
})

func (lx *lexicon) addRole(cols []string) error {
	k, ok := roleKindNames()[trimField(cols[1])]
	if !ok {
		return fmt.Errorf("unknown role kind %q", cols[1])
	}
	w := lx.words(cols[0], true)
	singular := false
	for tag := range listItems(col(cols, 2)) {
		switch tag {
		case "singular":
			singular = true // "reeve": "Reeves" is a surname, not its plural
		case "adjective":
			lx.adjTitles[w[len(w)-1]] = true
		case "private":
			lx.private[strings.Join(w, " ")] = true
		default:
			lx.roleTags[strings.Join(w, " ")+"/"+tag] = true
		}
	}
	if len(w) == 1 {
		// a word listed twice keeps its strongest kind: head over qual over mod
		if old, ok := lx.roles[w[0]]; !ok || k < old {
			lx.roles[w[0]] = k
		}
		if (k == rHead || k == rWeak) && !singular {
			for _, p := range plurals(w[0]) {
				if _, ok := lx.roles[p]; !ok {
					lx.roles[p] = k
				}
			}
		}
		return nil
	}
	lx.roleKinds = append(lx.roleKinds, k)
	lx.roleTrie.add(w, len(lx.roleKinds)-1)
	if k == rOffice {
		return nil // its words are no title words on their own
	}
	// the words of a multi-word role read as title words one by one:
	// "attorney general" makes "attorney" a modifier and "general" a head
	for i, x := range w {
		if _, ok := lx.roles[x]; ok || connectors.has(x) {
			continue
		}
		if i == len(w)-1 && slicesContain(w, "of") {
			continue
		}
		if i == len(w)-1 && (k == rHead || k == rWeak) {
			lx.roles[x] = k
		} else if k == rHead || k == rWeak {
			lx.roles[x] = rMod
		}
	}
	if k == rHead || k == rWeak {
		last := len(w) - 1
		for _, p := range plurals(w[last]) {
			pw := append(append([]string(nil), w[:last]...), p)
			lx.roleTrie.add(pw, len(lx.roleKinds)-1)
		}
	}
	return nil
}

// roleOf returns the role kind of a word: its listed kind, else for a
// hyphenated compound whose last part is a role noun and whose first part
// qualifies it ("ex-president", "co-chairman", "deputy-mayor",
// "inspector-general"), that noun's.
func (lx *lexicon) roleOf(w string) roleKind {
	if lx.roleShapes.mayHold(w) {
		if k, ok := lx.roles[w]; ok {
			return k
		}
	}
	if k := lx.headWithTail(w); k != 0 {
		return k
	}
	i := strings.LastIndexByte(w, '-')
	if i <= 0 || i == len(w)-1 {
		return 0
	}
	k := lx.roles[w[i+1:]]
	if k != rHead && k != rWeak {
		return 0
	}
	switch pre := w[:i]; {
	case hyphenPrefixes.has(pre), lx.roles[pre] == rQual, lx.roles[pre] == rMod, lx.roles[pre] == rHead:
		return k
	}
	return 0
}

// headWithTail gives the kind of a role noun that a hyphenated
// prepositional phrase follows: "sergeant-at-arms", "chief-of-staff",
// "editor-in-chief". Not "four-of-a-kind": the first word must be a head.
func (lx *lexicon) headWithTail(w string) roleKind {
	i := strings.IndexByte(w, '-')
	if i <= 0 {
		return 0
	}
	k := lx.roles[w[:i]]
	if k != rHead && k != rWeak {
		return 0
	}
	rest := w[i+1:]
	j := strings.IndexByte(rest, '-')
	if j <= 0 || j == len(rest)-1 || !rolePrepositions.has(rest[:j]) {
		return 0
	}
	return k
}

// rolePrepositions join a role noun to the phrase that completes it.
var rolePrepositions = closedWords(func() map[string]bool {
	return map[string]bool{"at": true, "in": true, "of": true}
})

// hyphenPrefixes qualify a role noun they are joined to.
var hyphenPrefixes = closedWords(func() map[string]bool {
	return map[string]bool{"ex": true, "co": true, "vice": true, "deputy": true, "under": true, "sub": true, "acting": true}
})

// plurals gives the regular plural forms of a role noun.
func plurals(w string) []string {
	switch {
	case strings.HasSuffix(w, "man"):
		return []string{w[:len(w)-3] + "men"}
	case strings.HasSuffix(w, "person"):
		return []string{w + "s", w[:len(w)-6] + "people"}
	case strings.HasSuffix(w, "y") && len(w) > 1 && !strings.ContainsRune("aeiou", rune(w[len(w)-2])):
		return []string{w[:len(w)-1] + "ies"}
	case strings.HasSuffix(w, "s"), strings.HasSuffix(w, "sh"), strings.HasSuffix(w, "ch"):
		return []string{w + "es"}
	}
	return []string{w + "s"}
}

func (lx *lexicon) addSpeechVerb(cols []string) error {
	lemma := trimField(cols[0])
	lx.speech[lemma] = lemma
	for f := range listItems(col(cols, 1)) {
		lx.speech[f] = lemma
	}
	return nil
}

func (lx *lexicon) addPersonnel(cols []string) error {
	strength := trimField(col(cols, 1))
	lx.personnelWeak = append(lx.personnelWeak, strength == "weak" || strength == "armed" || strength == "service")
	lx.personnelArmed = append(lx.personnelArmed, strength == "armed")
	lx.personnelServ = append(lx.personnelServ, strength == "service")
	lx.personnelHome = append(lx.personnelHome, trimField(col(cols, 2)))
	lx.personnel.add(lx.words(cols[0], true), len(lx.personnelWeak)-1)
	return nil
}

// beforeSeat returns a title's words before a seat or brief after
// "for" ("td for dublin bay north" -> "td"); the words as they are
// without one.
func beforeSeat(words []string) []string {
	if i := slices.Index(words, "for"); i > 0 {
		return words[:i]
	}
	return words
}

// onlyStates returns the only states whose government has the office of
// the title's words (absent_offices.tsv, "only"), and whether the office
// is one of few states: the whole title, or, for a title not listed as
// absent, its end after a place or portfolio ("Roscommon-Galway TD",
// "Gauteng Health MEC").
func (lx *lexicon) onlyStates(words []string) ([]string, bool) {
	key := strings.Join(words, " ")
	if only, ok := lx.only[key]; ok {
		return only, true
	}
	if _, ok := lx.absent[key]; ok {
		return nil, false
	}
	for k := 1; k < len(words); k++ {
		if only, ok := lx.only[strings.Join(words[k:], " ")]; ok {
			return only, true
		}
	}
	return nil, false
}

// officeFacts is what absent_offices.tsv says of the office of a title:
// the only states that have it, or else the states that lack it.
type officeFacts struct {
	only   []string // when isOnly
	isOnly bool
	absent []string
}

// officeOf reads absent_offices.tsv for the office of title: its words
// less qualifiers, up to a seat ("TD for Dublin Bay North").
func (lx *lexicon) officeOf(title string) officeFacts {
	words := beforeSeat(lx.officeWords(title))
	if only, ok := lx.onlyStates(words); ok {
		return officeFacts{only: only, isOnly: true}
	}
	return officeFacts{absent: lx.absent[strings.Join(words, " ")]}
}

// sole returns the state that alone has the office (absent_offices.tsv,
// "only" with one state): "Taoiseach", "Roscommon-Galway TD"; "" for any
// other.
func (f officeFacts) sole() string {
	if f.isOnly && len(f.only) == 1 {
		return f.only[0]
	}
	return ""
}

// lacks reports a state whose government has no such office: listed as
// absent, or not among the only states that have it ("Foreign Secretary"
// is no office of Sudan's).
func (f officeFacts) lacks(code string) bool {
	if f.isOnly {
		return !slices.Contains(f.only, code)
	}
	return slices.Contains(f.absent, code)
}

// surnameOrigin is a surname ending and the states whose naming customs
// give it.
type surnameOrigin struct {
	ending string
	states []string
}

func (lx *lexicon) addSurnameOrigin(cols []string) error {
	o := surnameOrigin{ending: trimField(cols[0])}
	for c := range listItems(cols[1]) {
		o.states = append(o.states, c)
	}
	lx.surnameOrigins = append(lx.surnameOrigins, o)
	return nil
}

// originStates are the states whose naming customs give surname (lower
// case) its ending; nil for most surnames. The surname must be longer
// than its ending by three letters ("Dze" alone is no ending's).
func (lx *lexicon) originStates(surname string) []string {
	for _, o := range lx.surnameOrigins {
		if len(surname) >= len(o.ending)+3 && strings.HasSuffix(surname, o.ending) {
			return o.states
		}
	}
	return nil
}

func (lx *lexicon) addLocalForm(cols []string) error {
	surface, body := trimField(cols[0]), trimField(col(cols, 2))
	idx := -1
	if body != "" {
		idx = slices.IndexFunc(lx.orgs, func(o org) bool { return o.Name == body })
		if idx < 0 {
			return fmt.Errorf("local form %q: unknown body %q", surface, body)
		}
	}
	if lx.localForms == nil {
		lx.localForms = map[string]map[string]int{}
	}
	if lx.localForms[surface] == nil {
		lx.localForms[surface] = map[string]int{}
	}
	for c := range listItems(cols[1]) {
		if body == "" {
			// the state's own body: an agency of that state, out of the trie
			lx.orgs = append(lx.orgs, org{Name: surface, Kind: "agency", Country: c})
			idx = len(lx.orgs) - 1
		}
		lx.localForms[surface][c] = idx
	}
	return nil
}

func (lx *lexicon) addAbsentOffice(cols []string) error {
	office := trimField(cols[0])
	switch trimField(col(cols, 2)) {
	case "":
		lx.absent[office] = splitList(cols[1])
	case "only":
		lx.only[office] = splitList(cols[1])
	default:
		return fmt.Errorf("unknown mark %q", col(cols, 2))
	}
	return nil
}

// officeWords returns the lower-case words of a title without its
// qualifiers: "former Prime Minister" gives "prime", "minister".
func (lx *lexicon) officeWords(title string) []string {
	words := strings.Fields(strings.ToLower(title))
	for len(words) > 1 && lx.roleOf(words[0]) == rQual {
		words = words[1:]
	}
	return words
}

func (lx *lexicon) addDomesticTitle(cols []string) error {
	lx.domestic[trimField(cols[0])] = splitList(cols[1])
	if trimField(col(cols, 2)) == "abroad" {
		lx.abroad[trimField(cols[0])] = true
	}
	return nil
}

func (lx *lexicon) addBodyWord(cols []string) error {
	where := trimField(cols[2])
	if where != "any" && where != "last" {
		return fmt.Errorf("unknown position %q", where)
	}
	lx.bodyWords[trimField(cols[0])] = bodyWord{kind: trimField(cols[1]), lastOnly: where == "last"}
	return nil
}

func (lx *lexicon) addSpeakerNoun(cols []string) error {
	w := trimField(cols[0])
	switch kind := trimField(cols[1]); kind {
	case "kin":
		g := trimField(col(cols, 2))
		if g != "M" && g != "F" && g != "U" {
			return fmt.Errorf("kin noun %q: gender %q is not M, F or U", w, g)
		}
		lx.kin[w] = g[0]
	case "document":
		lx.documents[w] = true
	case "body":
		lx.bodyNounKinds[w] = splitList(col(cols, 2))
	case "place":
		lx.placeNouns[w] = true
	case "person":
		lx.personNouns[w] = true
	default:
		return fmt.Errorf("unknown speaker noun kind %q", kind)
	}
	return nil
}

func (lx *lexicon) addBodyNoun(cols []string) error {
	switch k := trimField(cols[1]); k {
	case "nonstate", "military", "police", "government", "ministry":
		lx.bodyKinds[trimField(cols[0])] = k
		return nil
	default:
		return fmt.Errorf("unknown body kind %q", k)
	}
}

var deathKindNames = sync.OnceValue(func() map[string]deathKind {
	return map[string]deathKind{
		"passive": dPassive, "intrans": dIntrans, "active": dActive, "adj": dAdj,
		"noun": dNoun, "toll": dToll, "hurt": dHurt,
	}
})

func (lx *lexicon) addDeathWord(cols []string) error {
	k, ok := deathKindNames()[trimField(cols[1])]
	if !ok {
		return fmt.Errorf("unknown death word kind %q", cols[1])
	}
	lx.deathKinds = append(lx.deathKinds, k)
	lx.death.add(lx.words(cols[0], true), len(lx.deathKinds)-1)
	return nil
}

// victimKind says how a word counts the people of a death figure; a word
// may be of several kinds ("baby" is a person and a modifier).
type victimKind uint8

const (
	vPlural    victimKind = 1 << iota // "civilians": counted by a number
	vSingle                           // "man": one after a/an/the
	vKin                              // "wife": one after a possessive
	vKinPlural                        // "sons": counted by a number after a possessive
	vPair                             // "couple": two
	vAdj                              // "unarmed": before the noun
	vBasic                            // "woman": another person after "a man and"
	vHead                             // "teacher": also ends a compound for people, "schoolteacher"
)

var victimKindNames = sync.OnceValue(func() map[string]victimKind {
	return map[string]victimKind{
		"plural": vPlural, "single": vSingle, "kin": vKin, "kinplural": vKinPlural, "pair": vPair, "adj": vAdj, "basic": vBasic, "head": vHead,
	}
})

func (lx *lexicon) addVictimWord(cols []string) error {
	k, ok := victimKindNames()[trimField(cols[1])]
	if !ok {
		return fmt.Errorf("unknown victim word kind %q", cols[1])
	}
	lx.victims[trimField(cols[0])] |= k
	return nil
}

// connectors join the words of a title and are never title words themselves.
var connectors = closedWords(func() map[string]bool {
	return map[string]bool{"of": true, "the": true, "for": true, "and": true, "in": true, "on": true}
})

func slicesContain(s []string, x string) bool {
	for _, y := range s {
		if y == x {
			return true
		}
	}
	return false
}

// States lists every state of the embedded gazetteer, in file order. Storage
// seeds its countries table from it.
func States() []State {
	var out []State
	seen := map[string]bool{}
	err := readTSV("countries.tsv", countriesTSV, 5, func(cols []string) error {
		code := trimField(cols[0])
		if !seen[code] {
			seen[code] = true
			out = append(out, State{Code: code, Name: cols[1], Region: col(cols, 6)})
		}
		return nil
	})
	if err != nil {
		return nil
	}
	return out
}

// roleKind is the lexicon's role kind of token i, looked up the first
// time it is asked and kept in the token.
func (a *analysis) roleKind(i int) roleKind {
	t := &a.d.toks[i]
	if t.facts&factRoleKnown == 0 {
		t.role = a.lx.roleOfToken(t)
		if t.role != 0 && a.lx.endsRole.holds(t.lower, t.shape) && !a.endsRoleAt(i) {
			t.role = 0 // "fellow soldiers", "a fellow candidate": an adjective
		}
		t.facts |= factRoleKnown
	}
	return t.role
}

// roleOfToken is roleOf(t.lower), filtered by the shape bits the token
// carries: a word without a hyphen is no compound, and only its look-up
// is left of roleOf.
func (lx *lexicon) roleOfToken(t *token) roleKind {
	if hyphenAt(t.lower) >= 0 {
		return lx.roleOf(t.lower)
	}
	if !lx.roleShapes.holds(t.shape) {
		return 0
	}
	return lx.roleIndex.get(t.lower, t.shape)
}

// hyphenAt is strings.IndexByte(w, '-') for a word, as a loop the
// compiler inlines: the words asked are a few bytes long and most have no
// hyphen, and the call (through strings.Cut, three calls deep) cost more
// than the bytes read (tagCompound, givenNameWord and roleOfToken ask it
// some 120,000 times over the 417 BBC politics articles).
func hyphenAt(w string) int {
	for i := 0; i < len(w); i++ {
		if w[i] == '-' {
			return i
		}
	}
	return -1
}

// givenNameWord reports a given name of the lexicon, or a hyphenated word
// whose first part is one: "Eva-Marie", "Jean-Claude".
func (lx *lexicon) givenNameWord(w string) bool {
	if lx.givenShapes.mayHold(w) {
		if lx.givenNames.get(w) != 0 {
			return true
		}
	}
	if hy := hyphenAt(w); hy >= 0 && lx.givenShapes.mayHold(w[:hy]) {
		return lx.givenNames.get(w[:hy]) != 0
	}
	// "Rosário", "Inés": the list's unaccented form ("Rosario")
	if f := foldLatinAccents(w); f != w && lx.givenShapes.mayHold(f) {
		return lx.givenNames.get(f) != 0
	}
	return false
}

// foldLatinAccents returns w with its letters' accents dropped, as
// storage.Fold drops them ("Rosário" -> "Rosario"): the combining marks of
// its canonical decomposition. An ASCII word is returned as it is, without
// a copy.
func foldLatinAccents(w string) string {
	for i := 0; i < len(w); i++ {
		if w[i] >= 0x80 {
			return norm.NFC.String(strings.Map(dropMark, norm.NFD.String(w)))
		}
	}
	return w
}

// dropMark drops a combining mark (strings.Map drops a negative rune).
func dropMark(r rune) rune {
	if unicode.Is(unicode.Mn, r) {
		return -1
	}
	return r
}

// tinyShapes is a wordShapes of 1,024 bits (128 bytes, always in cache)
// for a set of a few dozen words at most.
type tinyShapes [16]uint64

func (s *tinyShapes) add(w string) {
	if w != "" {
		b := shapeBit(w) >> 6
		s[b>>6] |= 1 << (b & 63)
	}
}

// holds reports whether a word whose shapeBit is b may be in the set.
func (s *tinyShapes) holds(b uint16) bool {
	b >>= 6
	return s[b>>6]&(1<<(b&63)) != 0
}

// nameRunShapes filter the words of a name run before a look-up in the
// small sets that nameRun asks of every word after the first; most
// words are in none of them.
type nameRunShapes struct {
	postNominal, monthSurname tinyShapes // by text
	suffix, particle          tinyShapes // by lower case
}

func newNameRunShapes() nameRunShapes {
	var s nameRunShapes
	for _, f := range []struct {
		shapes *tinyShapes
		set    map[string]bool
	}{
		{&s.postNominal, postNominals.words()}, {&s.monthSurname, monthSurnames.words()},
		{&s.suffix, nameSuffixes.words()}, {&s.particle, nameParticles.words()},
	} {
		for w := range f.set {
			f.shapes.add(w)
		}
	}
	return s
}

// isPostNominal is postNominals()[t.text].
func (lx *lexicon) isPostNominal(t *token) bool {
	return lx.runShapes.postNominal.holds(t.textShape) && postNominals.has(t.text)
}

// isMonthSurname is monthSurnames()[t.text].
func (lx *lexicon) isMonthSurname(t *token) bool {
	return lx.runShapes.monthSurname.holds(t.textShape) && monthSurnames.has(t.text)
}

// isNameSuffix is nameSuffixes.has(t.lower).
func (lx *lexicon) isNameSuffix(t *token) bool {
	return lx.runShapes.suffix.holds(t.shape) && nameSuffixes.hasToken(t)
}

// isNameParticle is nameParticles.has(t.lower).
func (lx *lexicon) isNameParticle(t *token) bool {
	return lx.runShapes.particle.holds(t.shape) && nameParticles.hasToken(t)
}
