package extract

import (
	"slices"
	"sort"
	"strconv"
	"strings"
	"unicode"
	"unicode/utf8"
)

// person is one individual named in the article, with every mention linked
// to it: full names, surnames, "Mr Blair".
type person struct {
	name    string // fullest form as written, without title
	words   []string
	surname string // last name word, lower case, without particles like "al-"
	gender  byte   // 'M', 'F' or 0
	// nameGender: the gender is the given-name list's alone, which the
	// text's own pronouns may overrule (see genderOf)
	nameGender bool
	// evidence that the capitalised words name a person at all
	titled     bool // a role or honorific stands before a mention
	given      bool // the first word is a known given name
	mentionIdx []int
	role       *role // the chosen role, nil when the article states none
	roles      []role
}

// newPerson returns p in the room of the doc's people (passRooms.persons)
// rather than in an allocation of its own: a document finds a few people
// each, and each allocation in a run without a collection is new memory.
// A full room is replaced, never grown: the people already made keep
// their array.
func (a *analysis) newPerson(p person) *person {
	r := &a.d.rooms
	if len(r.persons) == cap(r.persons) {
		r.persons = make([]person, 0, max(16, 2*cap(r.persons)))
	}
	r.persons = append(r.persons, p)
	return &r.persons[len(r.persons)-1]
}

type personMention struct {
	first, lim int // token range of the name itself
	person     int
	prefix     int // first token of titles and honorifics written in front, == first if none
}

// monthSurnames are months that are also names, kept after a given name.
var monthSurnames = wordList("month-surname")

// maleHonorifics and femaleHonorifics give the person they stand before a
// gender: "Mr", "Sir", "Lord"; "Mrs", "Dame", "Baroness".
var (
	maleHonorifics   = wordList("male-honorific")
	femaleHonorifics = wordList("female-honorific")
)

// honorificGender returns 'M' or 'F' for a gendered honorific, else 0.
func honorificGender(w string) byte {
	switch {
	case maleHonorifics.has(w):
		return 'M'
	case femaleHonorifics.has(w):
		return 'F'
	}
	return 0
}

// bodyWordAt reports a word that makes a capitalised run no person's name
// wherever it stands: "Wichita Police Department", "Washington Post".
func (a *analysis) bodyWordAt(i int) bool {
	b, ok := a.lx.bodyWords[a.d.toks[i].lower]
	return ok && !b.lastOnly
}

// isNameWord reports a capitalised word that may be part of a name. The
// people pass asks it of most tokens several times (the scan for names,
// each name's run, the lone surnames), so the answer is kept on the token;
// it depends only on the tokens and the lexicon.
func (a *analysis) isNameWord(i int) bool {
	t := &a.d.toks[i]
	if t.facts&factIsNameKnown == 0 {
		is := a.nameWordAt(i) // may set other facts of t: read them after
		f := t.facts | factIsNameKnown
		if is {
			f |= factIsName
		}
		t.facts = f
	}
	return t.facts&factIsName != 0
}

// nameWordAt is isNameWord worked out.
func (a *analysis) nameWordAt(i int) bool {
	t := &a.d.toks[i]
	if knownFact(t, factNameWordKnown, factNameWord, a.lx.nameWordToken) {
		return !a.capsNonName(t)
	}
	if !t.cap {
		return false // the rules below are of capitalised words: no calls for most words
	}
	return t.text == "He" && a.surnameLikeStarter(i) || a.monthGivenName(i) || a.surnameFirstWord(i) || a.commonWordSurname(i) || a.surnameAfterGiven(i)
}

// surnameFirstWords are not-name words that open a Korean name.
var surnameFirstWords = wordList("surname-first")

// surnameFirstWord reports a not-name word that is a Korean surname
// before a hyphenated given name: "Gen. Oh Byung-chul", "No Kwang-il",
// not "Oh, Self-Help".
func (a *analysis) surnameFirstWord(i int) bool {
	toks := a.d.toks
	t := &toks[i]
	if i+1 >= len(toks) || !t.cap || t.text[1:] != t.lower[1:] || !a.peopleClass(i, pcSurnameFirst) {
		return false
	}
	n := toks[i+1]
	return n.para == t.para && n.kind == tWord && n.cap && koreanGivenName(n.text)
}

// surnameFirstAlone reports a surname of surnameFirstWords that stands
// alone for a person the story has named in full: "Oh said" once "Oh
// Byung-chul" is known, but not the interjection opening a sentence ("Oh,
// we never knew") unless a verb of saying follows.
func (a *analysis) surnameFirstAlone(i int, bySurname map[string][]int) bool {
	toks := a.d.toks
	t := &toks[i]
	if !t.cap || t.text[1:] != t.lower[1:] || !a.peopleClass(i, pcSurnameFirst) || len(bySurname[tokenSurnameKey(t)]) == 0 {
		return false
	}
	if i+1 < len(toks) && a.peopleClass(i+1, pcSpeech) {
		return true
	}
	return !t.sentStart && i > 0 && toks[i-1].kind != tQuote
}

// koreanGivenName reports a given name of two romanised syllables joined
// by a hyphen, the second in lower case: "Byung-chul", "Young-jin".
func koreanGivenName(w string) bool {
	h, r, ok := strings.Cut(w, "-")
	if !ok || len(h) < 2 || len(h) > 6 || len(r) < 2 || len(r) > 5 {
		return false
	}
	for _, c := range h[1:] + r {
		if c < 'a' || c > 'z' {
			return false
		}
	}
	return true
}

// monthGivenName reports a month that is a given name, as a description
// or a comma before it and a name word after it show: "said English
// teacher June Graham", "her sister, April Dunn," but not "in June Graham
// said".
func (a *analysis) monthGivenName(i int) bool {
	toks := a.d.toks
	if i == 0 || i+1 >= len(toks) || !toks[i].cap || !a.lx.isMonthSurname(&toks[i]) {
		return false
	}
	n := &toks[i+1]
	if n.para != toks[i].para || !knownFact(n, factNameWordKnown, factNameWord, a.lx.nameWordToken) || a.lx.isMonthSurname(n) {
		return false
	}
	p := toks[i-1]
	return p.para == toks[i].para && (p.text == "," || !p.cap && a.personNoun(i-1))
}

// capsNonName reports a word in capitals, as captions and broadcast
// transcripts write every word, that is no name by what it is in lower
// case: a verb of saying, a function word, or a verb's or adverb's form in
// -ed, -ing or -ly that is not a given name: "THE SHERIFF TOLD US", "THE
// JUDGE RULED", "ALBERTO CARVALHO TWEETED".
func (a *analysis) capsNonName(t *token) bool {
	if len(t.text) < 2 || t.text[1] < 'A' || t.text[1] > 'Z' || !upperASCII(t.text) {
		return false
	}
	w := t.lower
	if a.lx.speech[w] != "" || npFunctionWords.has(w) || haveAux.has(w) {
		return true
	}
	if len(w) < 5 || !hasAnySuffix(w, capsVerbEndings) {
		return false
	}
	title := t.text[:1] + w[1:]
	return a.lx.givenNames.get(title) == 0
}

// upperASCII reports a word of ASCII capitals (and marks such as "-"),
// without the copy strings.ToUpper makes.
func upperASCII(w string) bool {
	for i := 0; i < len(w); i++ {
		if c := w[i]; c >= 'a' && c <= 'z' || c >= 0x80 {
			return false
		}
	}
	return true
}

// capsVerbEndings end verbs' and adverbs' forms, which names seldom do.
var capsVerbEndings = []string{"ed", "ing", "ly"}

// surnameLikeStarter reports "He" written in capitals inside a sentence:
// after a title and before one more name word ("Vice Premier He Lifeng"), or
// right after a name word, and not before another capitalised word: the
// surname of "Liu He", not the pronoun (nor a headline's "Says He Will").
func (a *analysis) surnameLikeStarter(i int) bool {
	toks := a.d.toks
	t := &toks[i]
	if t.lower != "he" || t.text != "He" || i == 0 || i+2 >= len(toks) {
		return false
	}
	p, n := toks[i-1], toks[i+1]
	// "He Jianxiong, the former executive director ...": a name word and
	// an apposition after it make "He" a surname even opening a sentence
	described := toks[i+2].text == "," && i+3 < len(toks) && (toks[i+3].lower == "the" || toks[i+3].lower == "a" || toks[i+3].lower == "an")
	if t.sentStart && !described {
		return false
	}
	if (p.text == "," || a.roleKind(i-1) == rHead || described) && n.kind == tWord && n.cap && a.lx.speech[n.lower] == "" &&
		knownFact(&toks[i+1], factNameWordKnown, factNameWord, a.lx.nameWordToken) && (i+2 >= len(toks) || !toks[i+2].cap || toks[i+2].kind != tWord) {
		// "China's commerce minister, He Yadong,", "Vice Premier He
		// Lifeng": the surname that opens a Chinese name, after a title
		return true
	}
	if p.kind != tWord || !p.cap || p.sentStart || notNameWords.hasToken(&p) || commonStarters.hasToken(&p) || n.kind == tWord && n.cap {
		return false
	}
	return p.para == t.para && (n.kind != tWord || a.lx.speech[n.lower] != "" || heNameFollowers.hasToken(&n))
}

// heNameFollowers are lower-case words that follow the last word of a
// name but never the pronoun right after a capitalised word: "Vice
// Premier Liu He and U.S. Trade Representative ...", "Liu He, who".
var heNameFollowers = closedSet("and", "or", "who", "whose", "of", "to", "in", "at", "for", "from", "with")

// modifiesPlace reports a name run between "the" (a title may stand
// between) and a lower-case noun of a place: "the Admiral Nelson pub",
// "the John Lewis store" names a thing, not someone.
func (a *analysis) modifiesPlace(start, lim int) bool {
	toks := a.d.toks
	if lim >= len(toks) || toks[lim].cap || toks[lim].kind != tWord {
		return false
	}
	n := toks[lim].lower
	if b, ok := a.lx.bodyWords[n]; !a.peopleClass(lim, pcPlaceHead|pcPlaceAfter) && (!ok || b.kind != "place") {
		return false
	}
	for k := start - 1; k >= 0 && k >= start-3; k-- {
		if toks[k].lower == "the" {
			return true
		}
		if !toks[k].cap {
			return false
		}
	}
	return false
}

// placeNounsAfter are lower-case nouns of places and things that a name
// may modify: "the Admiral Nelson pub".
var placeNounsAfter = wordList("place-after")

// initialsOpenName reports initials at j that open a name, a name word
// after them that is no title, place or body: "K.V. Ramanathan", not
// "U.S. Steel" (a place) nor "U.N. Security Council" (a body), nor a
// time after its number ("9:15 P.M. UPDATE").
func (a *analysis) initialsOpenName(j int) bool {
	toks := a.d.toks
	return isInitials(toks[j].text) && !(j > 0 && toks[j-1].kind == tNum && (toks[j].text == "A.M." || toks[j].text == "P.M.")) && a.placeAt[j] < 0 && a.orgAt[j] < 0 && j+1 < len(toks) && toks[j+1].spaceBefore &&
		a.isNameWord(j+1) && !a.titleWordAt(j+1) && a.placeAt[j+1] < 0 && a.orgAt[j+1] < 0
}

// isInitials reports a token of capital initials with periods: "H.W.".
func isInitials(w string) bool {
	if len(w) < 4 || len(w)%2 != 0 {
		return false
	}
	for i := 0; i < len(w); i += 2 {
		if w[i] < 'A' || w[i] > 'Z' || w[i+1] != '.' {
			return false
		}
	}
	return true
}

// wordInitial reports "A." or "I." (letters that are also words, so no
// name words) with its period glued and a name word after it.
func (a *analysis) wordInitial(j int) bool {
	toks := a.d.toks
	t := toks[j]
	return (t.text == "A" || t.text == "I") && j+2 < len(toks) && toks[j+1].text == "." && toks[j+1].start == t.end &&
		toks[j+2].spaceBefore && a.isNameWord(j+2)
}

// titleInitial reports "A." or "I." opening a name right after a role
// word: "DMK spokesperson A. Saravanan"; not after another initial's
// period ("Breanne L. A. Leigh").
func (a *analysis) titleInitial(j int) bool {
	return j > 0 && a.d.toks[j-1].kind == tWord && a.roleKind(j-1) != 0 && a.wordInitial(j)
}

// isInitial reports "W" or "W." inside a name.
func (a *analysis) isInitial(i int) (bool, int) {
	toks := a.d.toks
	t := &toks[i]
	if t.kind != tWord || !t.cap || utf8.RuneCountInString(t.text) != 1 {
		return false, i
	}
	if i+1 < len(toks) && toks[i+1].text == "." && toks[i+1].start == t.end {
		return true, i + 2
	}
	return true, i + 1
}

// findPeople finds the people named in the text and links their mentions.
func (a *analysis) findPeople() {
	toks := a.d.toks
	a.personAt = a.d.tokenMarks()
	bySurname := map[string][]int{}
	// pass 1: capitalised runs with evidence of a person
	later, bare := a.namesWithEvidence(bySurname)
	// pass 1b: a full name without other evidence whose last word is the
	// surname of someone found: "Baha Mousa" once "Mr Mousa" is known
	// or whose last word the text gives an age alone ("Bell, 19, who came
	// on late, said"): "substitute Kauri Bell" is a person
	// or whose last word a speech verb takes alone ("…," says Vukic.)
	var aged, alone map[string]bool
	if len(later) > 0 {
		aged, alone = a.agedSurnames(), a.speakersAlone()
	}
	for _, r := range later {
		last := &a.d.toks[r[2]-1]
		if len(bySurname[tokenSurnameKey(last)]) > 0 || r[2]-r[1] == 2 && surnameFirst([]string{a.d.toks[r[1]].text, last.text}) && len(bySurname[tokenSurnameKey(&a.d.toks[r[1]])]) > 0 ||
			aged[last.text] {
			a.addMention(r[0], r[1], r[2], evNone, bySurname)
		} else if alone[last.text] && r[0] == r[1] && a.plainNameRun(r[1], r[2]) {
			a.addMention(r[0], r[1], r[2], evSpeaker, bySurname)
		}
	}
	for _, b := range bare {
		a.addMention(b.first, b.at, b.at+1, b.ev, bySurname)
	}
	a.relinkSurnames(bySurname)
	a.mergeFirstNames(bySurname)
	a.mergeMiddleSurnames(bySurname)
	// pass 2: surnames alone ("Rubio told reporters") and with honorifics
	for i := 0; i < len(toks); i++ {
		// surnameFirstAlone is only of capitalised words: most tokens are
		// passed without the call, a lower-case word known to be no name
		// word without isNameWord's either
		if t := &toks[i]; !t.cap && t.facts&(factIsNameKnown|factIsName) == factIsNameKnown ||
			a.personAt[i] >= 0 || !a.isNameWord(i) && (!t.cap || !a.surnameFirstAlone(i, bySurname)) {
			continue
		}
		if a.photoCredit(i, i+1) {
			continue
		}
		cands := a.aloneCandidates(i, bySurname)
		if len(cands) == 0 {
			continue
		}
		if i+1 < len(toks) && a.isNameWord(i+1) && a.personAt[i+1] < 0 && toks[i+1].para == toks[i].para {
			continue // part of another name: "Trump Tower"
		}
		// a state's name is the person's only beside a speech verb:
		// "Washington said" when Efram Washington is in the story
		if a.placeAt[i] >= 0 && a.places[a.placeAt[i]].state && !a.places[a.placeAt[i]].ambiguous && !a.surnameSpeaks(i) {
			continue
		}
		if a.placeAt[i] >= 0 {
			a.places[a.placeAt[i]].state = false // "Jordan said" when Jordan Stewart is in the story
		}
		p := a.nearestPerson(a.honorificFits(cands, i), i)
		prefix := i
		if i > 0 && a.roleKind(i-1) == rHonorific {
			prefix = i - 1
		}
		a.linkMention(p, prefix, i, i+1)
	}
	a.honorificGenders()
	a.peerNames()
	a.unmarkPlacesInNames()
}

// aloneCandidates returns the people a name word at token i, written
// alone, may name: those with it as surname, else the one person with it
// as given name beside a speech verb, else the one whose first word it is
// when no gazetteer knows it as a given name. It returns nil for none.
func (a *analysis) aloneCandidates(i int, bySurname map[string][]int) []int {
	toks := a.d.toks
	cands := bySurname[tokenSurnameKey(&toks[i])]
	if len(cands) == 0 {
		// a first name alone ("Allan said") names the one person who has it
		cands = a.byGivenName(toks[i].text)
		if len(cands) != 1 || !a.nextToSpeechVerb(i) {
			// "Razak, who had been general secretary, said": a first
			// word that no gazetteer knows as a given name
			c := a.byFirstWord(toks[i].text, i)
			if c < 0 || a.lx.givenNames.get(toks[i].text) != 0 {
				return nil
			}
			cands = []int{c}
		}
	}
	return cands
}

// honorificGenders sets the gender of each person named after an
// honorific ("Mrs Ortiz"): the honorific says it outright, where a given
// name only suggests it.
func (a *analysis) honorificGenders() {
	toks := a.d.toks
	for _, m := range a.mentions {
		// "Lord Mayor Angela Tsakalos": "Lord" before a role noun is part
		// of the title, no man's honorific
		if m.prefix < m.first && (m.prefix+1 == m.first || a.roleKind(m.prefix+1) != rHead) {
			if g := honorificGender(toks[m.prefix].lower); g != 0 {
				a.people[m.person].gender, a.people[m.person].nameGender = g, false
			}
		}
	}
}

// agedSurnames are the capitalised words written alone to open a sentence,
// with an age set off by commas after them: "Bell, 19, who only came on
// late, said". An age is a person's.
func (a *analysis) agedSurnames() map[string]bool {
	toks := a.d.toks
	var out map[string]bool
	for k := 0; k+3 < len(toks); k++ {
		t := &toks[k]
		if !t.sentStart || !t.cap || t.kind != tWord || toks[k+1].text != "," || toks[k+2].kind != tNum || toks[k+3].text != "," {
			continue
		}
		if n, err := strconv.Atoi(toks[k+2].text); err != nil || n < 1 || n > 110 || commonStarters.hasToken(t) {
			continue
		}
		if out == nil {
			out = map[string]bool{}
		}
		out[t.text] = true
	}
	return out
}

// unmarkPlacesInNames makes a place word inside a person's name no
// mention of its state: "her husband Israel Alvarez", "Jordan Stewart".
func (a *analysis) unmarkPlacesInNames() {
	for _, m := range a.mentions {
		for k := m.first; k < m.lim; k++ {
			if pi := a.placeAt[k]; pi >= 0 && a.places[pi].first >= m.first && a.places[pi].lim <= m.lim {
				a.places[pi].state = false
			}
		}
	}
}

// peerNames names a person the story calls only by a peer's style and a
// surname by both: "Lord Goldsmith", not "Goldsmith", as a peer is known.
func (a *analysis) peerNames() {
	toks := a.d.toks
	for _, m := range a.mentions {
		p := a.people[m.person]
		if len(p.words) != 1 || m.prefix != m.first-1 || !peerStyles.hasToken(&toks[m.prefix]) || !toks[m.prefix].cap {
			continue
		}
		if !strings.HasPrefix(p.name, toks[m.prefix].text+" ") {
			p.name = toks[m.prefix].text + " " + p.name
		}
	}
}

// peerStyles are the styles of peers, who are known by style and title:
// "Lord Falconer", "Baroness Hale".
var peerStyles = wordList("peer-style")

// namesWithEvidence is pass 1 of findPeople: it records the capitalised
// runs with evidence of a person, and returns the full names without
// evidence (for pass 1b) and the surnames alone of people already known
// (linked after pass 1b, which may name a second bearer before them).
func (a *analysis) namesWithEvidence(bySurname map[string][]int) (later [][3]int, bare []bareMention) {
	toks := a.d.toks
	for i := 0; i < len(toks); {
		// ranks and initials are capitalised: most tokens are passed
		// without the calls, a lower-case word known to be no name word
		// (as tokenisation knows most) without isNameWord's either
		if t := &toks[i]; !t.cap && t.facts&(factIsNameKnown|factIsName) == factIsNameKnown ||
			!a.isNameWord(i) && (!t.cap || !a.isRankAbbrev(i) && !a.initialsOpenName(i) && !a.titleInitial(i)) {
			i++
			continue
		}
		lim := a.nameRun(i)
		first, nameStart, nameLim := i, a.nameStart(i, lim), lim
		i = lim
		if nameStart >= nameLim {
			continue
		}
		nameLim = a.trimName(nameStart, nameLim)
		if nameStart >= nameLim {
			continue
		}
		if a.namesBodyBefore(a.bodyWordsBefore(first, nameStart), nameLim) {
			continue // "the opposition Revolución Ciudadana bloc", "the Republican Rally party"
		}
		if a.acronymAside(nameStart, nameLim) || a.bodyNameAside(nameStart, nameLim) {
			continue // "The head of the Catholic bishops' conference, CENCO, Monsignor NAME,"
		}
		if first == nameStart && a.photoCredit(nameStart, nameLim) {
			continue // "(Lauren Pelley / CBC News)": the photographer, no one in the story
		}
		ev := a.personEvidence(first, nameStart, nameLim)
		if ev == evNone {
			if nameLim-nameStart >= 2 {
				later = append(later, [3]int{first, nameStart, nameLim})
			}
			continue
		}
		if nameLim-nameStart == 1 && len(bySurname[tokenSurnameKey(&toks[nameStart])]) > 0 {
			// "Greenspan says" after Dorie Greenspan (no known given name,
			// so no evidence) and her husband Michael Greenspan
			bare = append(bare, bareMention{first, nameStart, ev})
			continue
		}
		a.sharedSurname(nameStart, nameLim, bySurname)
		a.addMention(first, nameStart, nameLim, ev, bySurname)
	}
	return later, bare
}

// acronymAside reports a run that is one acronym set off by commas after
// a lower-case noun and before another name: "the bishops' conference,
// CENCO, Monsignor NAME," gives the body's acronym, no person.
func (a *analysis) acronymAside(start, lim int) bool {
	toks := a.d.toks
	if lim-start != 1 || start < 2 || lim+1 >= len(toks) || !isAcronym(toks[start].text) || toks[start-1].text != "," || toks[lim].text != "," {
		return false
	}
	if p := toks[start-2]; p.kind != tWord || p.cap {
		return false
	}
	return toks[lim+1].cap && toks[lim+1].kind == tWord
}

// photoCredit reports a name that credits a photograph under a caption,
// set against its outlet by a slash: "(Lauren Pelley / CBC News)",
// "(Steven Fernandez/AP)", "(Photo: Doug White / The Gleaner)", a caption
// opened by "Bob Seidenberg / Pioneer Press", and "(AP Photo/Evan Vucci)".
// The photographer says nothing in the story, and a later "she said" is
// not hers.
func (a *analysis) photoCredit(start, lim int) bool {
	toks := a.d.toks
	para := toks[start].para
	if start >= 1 && toks[start-1].text == "/" {
		return lim < len(toks) && toks[lim].text == ")"
	}
	if lim+1 >= len(toks) || toks[lim].text != "/" || !toks[lim+1].cap || toks[lim+1].para != para {
		return false
	}
	b := start - 1
	for b >= 0 && toks[b].cap && toks[b].kind == tWord && toks[b].para == para && b >= start-3 {
		if a.titleWordAt(b) {
			return false // "Sheriff Nate Dreckman/Grant Co:" signs a post
		}
		b-- // the rest of the name, when a surname alone is asked about
	}
	if b < 0 || toks[b].para != para || toks[b].text == "(" {
		return true
	}
	// "(Photo: NAME /": one word and a colon after the bracket
	return b >= 2 && toks[b].text == ":" && toks[b-2].text == "("
}

// relinkSurnames gives each surname alone that two people of pass 1 and
// 1b share to the one named last before it: "Gunasekara smiled" is the
// Ruwan Gunasekara named above, not his brother Sunil, whose name (found
// first by its known given name) came later.
func (a *analysis) relinkSurnames(bySurname map[string][]int) {
	for _, cands := range bySurname {
		if len(cands) < 2 {
			continue
		}
		var short []int
		for _, c := range cands {
			for _, mi := range a.people[c].mentionIdx {
				// an office ("Vice President Biden") stays as addMention gave it
				if m := a.mentions[mi]; m.lim-m.first == 1 && len(a.people[c].words) > 1 &&
					(m.first == 0 || a.roleKind(m.first-1) != rHead) {
					short = append(short, mi)
				}
			}
		}
		slices.SortFunc(short, func(x, y int) int { return a.mentions[x].first - a.mentions[y].first })
		for _, mi := range short {
			m := &a.mentions[mi]
			if best := a.nearestPerson(a.honorificFits(cands, m.first), m.first); best != m.person {
				a.moveMention(mi, best)
			}
		}
	}
}

// mergeFirstNames gives the mentions of a one-word name that is no one's
// surname to the one person named before it in full with that first word:
// Thai and Malay copy name "Anuwat Prasertsuk" once, then "Anuwat told
// delegates".
func (a *analysis) mergeFirstNames(bySurname map[string][]int) {
	for _, p := range a.people {
		if len(p.words) != 1 || len(p.mentionIdx) == 0 || len(bySurname[p.surname]) > 1 {
			continue
		}
		full := a.byFirstWord(p.words[0], a.mentions[p.mentionIdx[0]].first)
		if full < 0 || a.surnameHonorificForm(p, a.people[full]) || !a.firstNameForm(p, a.people[full], a.writtenInFull(full)) {
			continue
		}
		for _, mi := range slices.Clone(p.mentionIdx) {
			a.moveMention(mi, full)
		}
		bySurname[p.surname] = []int{full} // later mentions too
	}
}

// mergeMiddleSurnames gives the mentions of a one-word name that is no
// one's surname to the one person named before it in full with that word
// inside the name, neither first nor last, after a title: Spanish and
// Portuguese copy name "Foreign Minister Celinda Arteaga Vaca" (or "Juan
// Carlos Restrepo Uribe") once, then "Arteaga told reporters" by the first
// surname, and "President Luiz Inácio Lula da Silva" then "Lula wrote" by
// the name he is known by.
func (a *analysis) mergeMiddleSurnames(bySurname map[string][]int) {
	for _, p := range a.people {
		if len(p.words) != 1 || len(p.mentionIdx) == 0 || len(bySurname[p.surname]) > 1 {
			continue
		}
		// "Louise" of "Senator Mary Louise Carter" is a second given name,
		// someone else's when written alone; a given name further in
		// ("Lula" of "Luiz Inácio Lula da Silva") is the name the person
		// goes by, unless a title gives it to someone of its own
		given := a.lx.givenNames.get(p.words[0]) != 0
		if given && p.titled {
			continue
		}
		first := a.mentions[p.mentionIdx[0]].first
		full := -1
		for i, q := range a.people {
			// a titled full name, or one a comma sets off ("Hilaria Mamani
			// Condori, president of …"): a headline's run ("Hillary Clinton
			// Goes") names no one in full
			at := 0
			if len(q.words) >= 3 {
				at = slices.Index(q.words[1:len(q.words)-1], p.words[0]) + 1
			}
			if at == 0 || given && at < 2 || len(q.mentionIdx) == 0 || a.mentions[q.mentionIdx[0]].first >= first ||
				!q.titled && !a.setOffByComma(a.mentions[q.mentionIdx[0]]) {
				continue
			}
			if full >= 0 {
				full = -1 // two such names: neither
				break
			}
			full = i
		}
		if full < 0 {
			continue
		}
		for _, mi := range slices.Clone(p.mentionIdx) {
			a.moveMention(mi, full)
		}
		bySurname[p.surname] = []int{full}
	}
}

// setOffByComma reports a mention that opens its sentence and that a
// comma follows: "Hilaria Mamani Condori, president of the federation,";
// or one anywhere that a comma and an article's apposition follow: "said
// Godfrey Otieno Mwangi, the Kenyan police commander," (an East African
// name, then "Otieno said").
func (a *analysis) setOffByComma(m personMention) bool {
	toks := a.d.toks
	if m.lim >= len(toks) || toks[m.lim].text != "," {
		return false
	}
	if toks[m.prefix].sentStart {
		return true
	}
	x := toks[min(m.lim+1, len(toks)-1)].lower
	return m.lim+2 < len(toks) && (x == "the" || x == "a" || x == "an")
}

// firstNameForm reports a one-word name that may stand for a full name
// begun by it: a word no gazetteer gives as a given name ("Anuwat"), a
// given name after "Sir" or "Dame" ("Sir John" of Sir John Bourn), or any
// given name when the full name is written as one run (inFull: "Freddy"
// of Freddy Trump, not "Kim" of "Kim and Clark Moran"); never after an
// office ("ex-King Michael" is no Michael Ancram) but a royal style before
// a patronymic name's given name ("Prince Faisal" of Faisal bin Farhan).
func (a *analysis) firstNameForm(p *person, full *person, inFull bool) bool {
	knight := true
	for _, mi := range p.mentionIdx {
		m := a.mentions[mi]
		if m.first > 0 && a.roleKind(m.first-1) == rHead && !a.royalShortForm(m.first-1, full) {
			return false
		}
		if w := a.d.toks[m.prefix].lower; m.prefix == m.first || w != "sir" && w != "dame" {
			knight = false
		}
	}
	return knight || inFull || a.lx.givenNames.get(p.words[0]) == 0
}

// royalShortForm reports a royal style before a given name that stands
// for a full name of the given name and a patronymic: "Prince Faisal" of
// Faisal bin Farhan, "Princess Reema" of Reema bint Bandar.
func (a *analysis) royalShortForm(style int, full *person) bool {
	if !a.lx.roleTags[a.d.toks[style].lower+"/courtesy"] || len(full.words) < 3 {
		return false
	}
	return patronymicParticles.has(strings.ToLower(full.words[1]))
}

// writtenInFull reports a person whose full name the article writes as
// one run ("Tedros Adhanom Ghebreyesus"), not only one put together from
// "Kim and Clark Moran".
func (a *analysis) writtenInFull(pi int) bool {
	for _, mi := range a.people[pi].mentionIdx {
		if m := a.mentions[mi]; m.lim-m.first >= 2 {
			return true
		}
	}
	return false
}

// byFirstWord returns the one person named in full, before token at, with
// the first word w, or -1 when there is none or more than one.
func (a *analysis) byFirstWord(w string, at int) int {
	full := -1
	for c, o := range a.people {
		if len(o.words) < 2 || !mayFoldEqual(o.words[0], w) || !strings.EqualFold(o.words[0], w) {
			continue
		}
		if full >= 0 || len(o.mentionIdx) == 0 || a.mentions[o.mentionIdx[0]].first > at {
			return -1 // two such people, or the full name comes after
		}
		full = c
	}
	return full
}

// mayFoldEqual is strings.EqualFold(x, y) told from the first bytes
// alone where they settle it, small enough to be inlined before the
// call: two ASCII bytes other than in case differ (two lower-case forms
// differ then, and only A-Z have others). A rune beyond ASCII may fold
// to an ASCII letter (the Kelvin sign to "k"): that is left to EqualFold.
func mayFoldEqual(x, y string) bool {
	if x == "" || y == "" {
		return x == y
	}
	b, c := x[0], y[0]
	return b >= utf8.RuneSelf || c >= utf8.RuneSelf || b|0x20 == c|0x20
}

// moveMention gives mention mi to person pi, keeping each person's
// mentions in text order.
func (a *analysis) moveMention(mi, pi int) {
	old := a.people[a.mentions[mi].person]
	old.mentionIdx = slices.DeleteFunc(old.mentionIdx, func(x int) bool { return x == mi })
	a.mentions[mi].person = pi
	p := a.people[pi]
	at := a.mentions[mi].first
	k := 0
	for k < len(p.mentionIdx) && a.mentions[p.mentionIdx[k]].first < at {
		k++
	}
	p.mentionIdx = slices.Insert(p.mentionIdx, k, mi)
}

// namesBodyBefore reports a capitalised run, not opened by a known given
// name, that a lower-case noun for a party or a non-state body follows:
// "the opposition Revolución Ciudadana bloc", "the Pheu Thai party" name
// the body, not a person.
func (a *analysis) namesBodyBefore(start, lim int) bool {
	toks := a.d.toks
	if lim >= len(toks) || lim-start < 2 || a.isGivenName(start) || toks[lim].cap || toks[lim].para != toks[start].para {
		return false
	}
	n := toks[lim].lower
	return n == "party" || n == "bloc" || a.bodyKindAt(lim) == "nonstate"
}

// bodyWordsBefore moves the start of a name back over the names of bodies
// that open its run and that nameStart skipped: in "the Republican Rally
// party" the party's alias "Republican" is part of the new party's name, so
// that "Rally" is no person's name after a body's.
func (a *analysis) bodyWordsBefore(first, start int) int {
	for start > first && a.orgAt[start-1] >= 0 && a.roleKind(start-1) == 0 && a.d.toks[start-1].cap {
		start--
	}
	return start
}

// sharedSurname records the first of two given names that share the
// surname of the name at [start, lim): "Joe and Hunter Biden" names Joe
// Biden too, introduced first. The given name stands alone before "and".
func (a *analysis) sharedSurname(start, lim int, bySurname map[string][]int) {
	toks := a.d.toks
	g := start - 2
	if lim-start != 2 || g < 0 || toks[start-1].lower != "and" || !a.isGivenName(start) || !a.isGivenName(g) ||
		a.personAt[g] >= 0 || g > 0 && a.isNameWord(g-1) && !toks[g].sentStart {
		return
	}
	words := []string{toks[g].text, toks[start+1].text}
	key := surnameKey(words[1])
	for _, c := range bySurname[key] {
		if sameName(a.people[c].words, words) {
			a.linkMention(c, g, g, g+1)
			return
		}
	}
	p := a.newPerson(person{words: words, surname: key, name: words[0] + " " + words[1], given: true})
	if g := a.lx.givenNames.get(words[0]); g == 'M' || g == 'F' {
		p.gender, p.nameGender = g, true // "Claire and Tom Hendry": each given name keeps its gender
	}
	a.people = append(a.people, p)
	bySurname[key] = append(bySurname[key], len(a.people)-1)
	a.linkMention(len(a.people)-1, g, g, g+1)
}

func (a *analysis) isRankAbbrev(i int) bool {
	t := &a.d.toks[i]
	if !t.cap {
		return false // most words, without a look-up
	}
	k := a.roleKind(i)
	return k == rRank || k == rHonorific
}

// givenAbbrevAt reports a given name written short with its full stop at
// j, before a name word: the "Md." of "Dr. Md. Niatuzzaman" (no managing
// director's "MD").
func (a *analysis) givenAbbrevAt(j int) bool {
	toks := a.d.toks
	t := &toks[j]
	return t.cap && givenAbbrev.hasToken(t) && j+2 < len(toks) && toks[j+1].text == "." && toks[j+1].start == t.end &&
		toks[j+2].sent == t.sent && a.isNameWord(j+2)
}

// nameRun returns the end of the capitalised run starting at i: name words,
// initials, particles followed by a name word, rank abbreviations with their
// period, and a suffix such as "Jr.".
func (a *analysis) nameRun(i int) int {
	toks := a.d.toks
	j := i
	for j < len(toks) && toks[j].para == toks[i].para {
		t := &toks[j]
		if j > i && !t.spaceBefore && t.kind == tWord {
			break
		}
		switch {
		case j > i && a.lx.isPostNominal(t):
			// "Hugh McTavish SC", "Jane Okoro MP": a title after the name ends it
		case j > i && a.lx.isMonthSurname(t) && a.isGivenName(j-1) && (j+1 >= len(toks) || !toks[j+1].cap):
			j++ // "Theresa May"
			continue
		case j > i && a.lx.isNameSuffix(t):
			j = a.pastOwnPeriod(j + 1) // "Joseph Dunford Jr." keeps its period
			continue
		case j > i && isInitials(t.text) && a.isGivenName(j-1) && j+1 < len(toks) && a.isNameWord(j+1):
			j++ // "George H.W. Bush"
			continue
		case j > i && a.wordInitial(j) && a.isGivenName(j-1):
			j += 2 // "Richard A. Posner": "A" is no article here
			continue
		case j == i && a.titleInitial(j):
			j += 2 // "DMK spokesperson A. Saravanan": "A" is no article here
			continue
		case isInitials(t.text) && (j == i || a.titleWordAt(j-1)) && a.initialsOpenName(j):
			// (isInitials first: most words are none, and the title test
			// behind it is no cheap one)
			j++ // "D.K. Shivakumar", "J.D. Vance": initials open the name
			continue
		case a.givenAbbrevAt(j):
			j += 2 // "Dr. Md. Niatuzzaman": a given name written short
			continue
		case j > i && a.saintParticle(j):
			j += 2 // "Lennox St. Jean": "St." and its period inside the name
			continue
		case a.isNameWord(j):
			if ok, next := a.isInitial(j); ok {
				j = next
				continue
			}
			j++
			// "Sgt." keeps its period, unless it ends the sentence: in
			// "its chairman, Isoa Lord." the word is the surname
			if k := a.roleKind(j - 1); j+1 < len(toks) && toks[j].text == "." && toks[j].start == t.end && (k == rRank || k == rHonorific) && toks[j+1].sent == toks[j].sent {
				j++
			}
			continue
		case a.isRankAbbrev(j):
			j = a.pastOwnPeriod(j + 1)
			continue
		case j > i && t.kind == tQuote && a.isNameWord(j-1) && a.nicknameEnd(j) > j:
			j = a.nicknameEnd(j) // "Francisco \"Kiko\" de la Paz"
			continue
		case j > i && elidedSurname(t.text):
			j++ // "Valery Giscard d'Estaing": a particle written against its surname
			continue
		case j > i && t.kind == tWord && a.lx.isNameParticle(t) && a.particlesThenName(j):
			j++ // "Ursula von der Leyen", "Ben van der Pluijm"
			continue
		case t.text == "," && j > i && j+1 < len(toks) && a.lx.isNameSuffix(&toks[j+1]):
			j = a.pastOwnPeriod(j + 2)
			continue
		}
		break
	}
	if j == i {
		j = i + 1
	}
	return j
}

// pastOwnPeriod steps over a period at j written against the word before
// it ("Jr.", "Sgt."), else returns j.
func (a *analysis) pastOwnPeriod(j int) int {
	toks := a.d.toks
	if j > 0 && j < len(toks) && toks[j].text == "." && toks[j].start == toks[j-1].end {
		return j + 1
	}
	return j
}

// saintParticle reports "St" at j with its period written against it,
// after a name's word and before a name word: "Lennox St. Jean", "Dominic
// St. Clair"; not a place's name ("St. Louis"), whose state a title
// would take.
func (a *analysis) saintParticle(j int) bool {
	toks := a.d.toks
	return toks[j].text == "St" && j+2 < len(toks) && toks[j+1].text == "." && toks[j+1].start == toks[j].end &&
		a.isNameWord(j-1) && a.roleKind(j-1) == 0 && a.placeAt[j-1] < 0 && a.placeAt[j] < 0 && toks[j+2].spaceBefore && a.isNameWord(j+2) && a.roleKind(j+2) == 0
}

// elidedSurname reports a surname written against an elided particle,
// one word in lower case: "d'Estaing", "d’Alema".
func elidedSurname(w string) bool {
	if len(w) < 4 || w[0] != 'd' && w[0] != 'l' {
		return false
	}
	rest, ok := strings.CutPrefix(w[1:], "'")
	if !ok {
		rest, ok = strings.CutPrefix(w[1:], "\u2019")
	}
	r, _ := utf8.DecodeRuneInString(rest)
	return ok && unicode.IsUpper(r)
}

// postNominals are titles written after a name, which the name leaves out.
var postNominals = wordList("post-nominal")

// nicknameEnd returns the token after a nickname in quotation marks that
// opens at j, between a given name and the rest of the name: one or two
// capitalised words, the closing mark, then a name word or a particle
// ("Jose \"Pepe\" Villanueva"); else j.
func (a *analysis) nicknameEnd(j int) int {
	toks := a.d.toks
	k := j + 1
	for k < len(toks) && k < j+3 && toks[k].kind == tWord && toks[k].cap {
		k++
	}
	if k == j+1 || k+1 >= len(toks) || toks[k].kind != tQuote || toks[k].para != toks[j].para {
		return j
	}
	if !a.isNameWord(k+1) && !a.peopleClass(k+1, pcParticle) {
		return j
	}
	return k + 1
}

// nameText is the text of a name from start to lim without a nickname in
// quotation marks: "Francisco de la Paz" of "Francisco \"Kiko\" de la Paz".
func (a *analysis) nameText(start, lim int) string {
	toks := a.d.toks
	for j := start + 1; j < lim; j++ {
		if e := a.nicknameEnd(j); toks[j].kind == tQuote && e > j && e < lim {
			return a.d.text[toks[start].start:toks[j-1].end] + " " + a.d.text[toks[e].start:toks[lim-1].end]
		}
	}
	return a.d.text[toks[start].start:toks[lim-1].end]
}

// isNickname reports token k inside a nickname in quotation marks or one
// of its marks, which a person's name leaves out.
func (a *analysis) isNickname(start, k int) bool {
	toks := a.d.toks
	for j := start + 1; j <= k; j++ {
		if toks[j].kind == tQuote {
			if e := a.nicknameEnd(j); e > j && k < e {
				return true
			}
		}
	}
	return false
}

// particlesThenName reports lower-case particles from j on that end in a
// name word: "von der Leyen".
func (a *analysis) particlesThenName(j int) bool {
	toks := a.d.toks
	for k := j; k < len(toks) && k < j+3; k++ {
		if a.isNameWord(k) {
			return k > j
		}
		if toks[k].kind != tWord || !a.peopleClass(k, pcParticle) {
			return false
		}
	}
	return false
}

// hasWord reports the word w (lower case) among tokens [f, l).
func (a *analysis) hasWord(f, l int, w string) bool {
	for k := f; k < l; k++ {
		if a.d.toks[k].lower == w {
			return true
		}
	}
	return false
}

// capitalParticle reports a particle written with a capital between a
// name's word (or an honorific) and a name word: "De" of "Julio De Vido"
// and "Mr De Vido", not the qualifier of "De facto leader".
func (a *analysis) capitalParticle(i int) bool {
	toks := a.d.toks
	if i == 0 || i+1 >= len(toks) || toks[i].sentStart || !a.lx.isNameParticle(&toks[i]) {
		return false
	}
	p, n := &toks[i-1], &toks[i+1]
	if p.kind != tWord || !p.cap || !n.spaceBefore || p.para != n.para || a.placeAt[i-1] >= 0 {
		return false
	}
	if k := a.roleKind(i - 1); k != 0 && k != rHonorific {
		return false
	}
	return a.isNameWord(i+1) && a.roleKind(i+1) == 0
}

// titleWordAt reports a token that belongs to a title, a place or a body
// written in front of a name. The answer is kept per token (see
// peopleMemo.titleWords): nameRun and nameStart ask it of the same words,
// some 65,000 times over the 417 BBC politics articles.
func (a *analysis) titleWordAt(i int) bool {
	m := a.peopleMemo
	if m == nil {
		return a.titleWordOf(i)
	}
	if is, known := m.titleWords.lookup(i, len(a.d.toks)); known {
		return is
	}
	return m.titleWords.keep(i, a.titleWordOf(i))
}

// titleWordOf is titleWordAt worked out. It reads only what is settled
// before the people pass (places, bodies) and the facts of tokens, which
// do not change once known, so the answer holds for the whole analysis.
func (a *analysis) titleWordOf(i int) bool {
	t := &a.d.toks[i]
	if t.text == "." {
		return true
	}
	// "de" of "de facto" is a qualifier, of "Pilar Ortiz de la Cruz" a particle
	if !t.cap && nameParticles.hasToken(t) && a.particlesThenName(i) || t.cap && a.capitalParticle(i) {
		return false
	}
	// (places and bodies first: two reads of what is settled, before the
	// look-ups of the role words)
	if a.placeAt[i] >= 0 || a.orgAt[i] >= 0 {
		return true
	}
	if a.roleKind(i) != 0 || a.portfolioAfterJoin(i) || a.portfolioBeforeGiven(i) {
		return true
	}
	return t.cap && a.insideOffice(i)
}

// insideOffice reports a word inside a role listed only as a whole phrase
// whose words mean nothing alone: "Class" of "Sergeant First Class NAME"
// is a title word there and nowhere else.
func (a *analysis) insideOffice(i int) bool {
	for s := max(0, i-3); s < i; s++ {
		vals, lim := a.lx.roleTrie.match(a.d.toks, s, true)
		for _, v := range vals {
			if lim > i && a.lx.roleKinds[v] == rOffice {
				return true
			}
		}
	}
	return false
}

// nameStart skips the titles, places and bodies that open a run: in
// "Egyptian Foreign Minister Badr Abdelatty" the name starts at "Badr".
// A known given name later in the run wins over unknown words before it.
func (a *analysis) nameStart(first, lim int) int {
	toks := a.d.toks
	if j := a.nameOpeningTitle(first, lim); j >= 0 {
		return j
	}
	k := first
	for k < lim && !a.givenAbbrevAt(k) && (a.titleWordAt(k) || a.peopleClass(k, pcHuman) && k+2 < lim || a.occupationWordOpener(k, lim) || isAgeWord(toks[k])) {
		// "Jordan Stewart", "Georgia Brown": a given name that is also a
		// place starts the name when a plain name word follows
		if a.isGivenName(k) && a.placeAt[k] >= 0 && k+1 < lim && !a.titleWordAt(k+1) || a.titledNameAt(k) {
			break
		}
		k++
	}
	if k >= lim {
		return lim
	}
	if k == first && k+1 < lim && a.participleOpener(k) {
		k++ // "Knowing Bardos was a fan, ...": the clause's verb, not a given name
	}
	if k == first && (a.openerBeforeName(k, lim) || a.epithetBeforeName(k, lim) || a.occupationOpener(k, lim) || a.lowerOpener(k, lim) || a.pluralOccupationOpener(k, lim) || a.phraseOpener(k, lim)) {
		k++ // "Rival Hillary Clinton had mocked ..." where "Hillary Clinton" is written alone
	} else if (k > first && a.titleWordAt(k-1) || k == first && a.lowerWordBefore(k)) && a.occupationBeforeName(k, lim) {
		// "Security Supervisor Joe Hale", "said Supervisor Ann Lee"; not
		// after a comma, where an unknown given name may end the same way
		k++
	}
	// a title word, body or honorific inside the run ends what came before:
	// "Father-of-two Mr Mousa", "St. Charles County Prosecuting Attorney Tim
	// Lohmar"; the last word may itself be a surname ("Kevin King")
	end := lim // "Martin Luther King Jr.": the word before a suffix may be a surname
	for end-1 > k && (a.peopleClass(end-1, pcSuffix) || toks[end-1].text == "." || toks[end-1].text == ",") {
		end--
	}
	for h := end - 2; h >= k; h-- {
		t := toks[h]
		if t.text == "." || t.text == "," || a.givenAbbrevAt(h) {
			continue
		}
		// "Ricardo Albuquerque de Mello": a town's name after a given name
		// is a surname
		if h > k && a.placeAt[h] >= 0 && !a.places[a.placeAt[h]].state && a.roleKind(h) == 0 && a.orgAt[h] < 0 && a.isGivenName(h-1) {
			continue
		}
		if a.middleNameWord(first, k, h, end) {
			continue // "Bhim Sen Tuti", "Major Abdifatah Aden Hassan"
		}
		// "Eddie Day Pashinski": a time word between a given name and a
		// surname is a middle name, not the end of "Independence Day"
		if h > k && a.lx.bodyWords[t.lower].kind == "time" && a.isGivenName(h-1) && a.roleKind(h) == 0 {
			continue
		}
		// "Julie Bishop Grant": a role word that is also a surname, after
		// a given name, is a middle name
		if h > k && a.lx.roleTaggedToken(tagSurname, &t) && a.isGivenName(h-1) {
			continue
		}
		// "Hassan Sheikh Mohamud", "Faduma Sheikh Ali": an honorific that
		// names also carry inside them, after a name's word, is a middle name
		if h > k && a.lx.roleTaggedToken(tagInName, &t) && a.isNameWord(h-1) && a.roleKind(h-1) == 0 && a.placeAt[h-1] < 0 {
			continue
		}
		if a.bodyWordAt(h) || (a.titleWordAt(h) && !(a.isGivenName(h) && a.placeAt[h] >= 0) && !(h == k && a.titledNameAt(h))) {
			k = h + 1
			for k < lim && (toks[k].text == "." || toks[k].text == ",") {
				k++
			}
			if k < lim && a.bodyWordAt(h) && !toks[k].cap && nameParticles.hasToken(&toks[k]) {
				return lim // "Université de Montréal", "Universidad de Chile": the body's name goes on
			}
			break
		}
	}
	// the seat may open with a place the loop above skipped: "for
	// Dublin Bay North Cillian Brophy"
	if k == first || a.placeAt[first] >= 0 || a.modifiersOnly(first, k) && k < lim && !a.isGivenName(k) && !a.initialsOpenName(k) {
		k = max(k, a.afterComplement(first, lim)) // "for Water Resources Tariq Bhatti": past "Water" too
	}
	return k
}

// nameOpeningTitle returns where the name starts in a run whose opening
// words a title would otherwise claim: a known full name, or a title word
// that is the person's given name; -1 when none is.
func (a *analysis) nameOpeningTitle(first, lim int) int {
	if a.kinNamesPlace(first, lim) || a.knownFullName(first, lim) {
		return first // "her husband Israel Alvarez", and "Israel Alvarez" later
	}
	if j := a.holderNamedByTitleWord(first, lim); j >= 0 {
		return j // "Defence Minister Gen Nakatani": "Gen" is his given name
	}
	if j := a.inNameTitleGivenName(first, lim); j >= 0 {
		return j // "Sultan bin Saad al-Kuwari": "Sultan" is his given name
	}
	if j := a.givenTitleBeforeSurname(first, lim); j >= 0 {
		return j // "Emir Hodžić": "Emir" is his given name
	}
	if j := a.peerTitleGivenName(first, lim); j >= 0 {
		return j // "Baron Waqa Tinai ... Waqa Tinai said": "Baron" is his given name
	}
	return -1
}

// holderNamedByTitleWord returns where a name starts that the
// office-holders gazetteer knows in full and that opens with a word read
// as a rank or courtesy title ("Gen Nakatani", "Baron Waqa", "Dean
// Barrow"), ending the run [first, lim); else -1. A head's title that the
// gazetteer keeps in the name ("King Harald V") and the titles names hold
// inside them ("Sheikh") are left to the rules for them.
func (a *analysis) holderNamedByTitleWord(first, lim int) int {
	toks := a.d.toks
	for j := first; j < lim-1; j++ {
		if k := a.roleKind(j); k != rRank && k != rHonorific && k != rWeak || a.lx.roleTaggedToken(tagInName, &toks[j]) {
			continue
		}
		if toks[j+1].text == "." {
			return -1 // "Gen." is the rank
		}
		if _, ok := a.lx.holderTables().full[holderKey(a.d.text[toks[j].start:toks[lim-1].end])]; ok {
			return j
		}
	}
	return -1
}

// peerTitles are a peer's titles, written before a surname or a
// territory ("Baron Ashcroft"), not before a given name and a surname.
var peerTitles = wordList("peer-title")

// peerTitleGivenName returns where a name starts whose first word is a
// peer's title before two name words, when the text writes those two
// words elsewhere without it ("Baron Waqa Tinai" and "Waqa Tinai said"):
// the word is a given name. Else -1.
func (a *analysis) peerTitleGivenName(first, lim int) int {
	toks := a.d.toks
	j := lim - 3
	if j < first || !peerTitles.hasToken(&toks[j]) || !a.isNameWord(j+1) || !a.isNameWord(j+2) || a.titleWordAt(j+1) {
		return -1
	}
	for k := 1; k+1 < len(toks); k++ {
		if k != j+1 && toks[k].text == toks[j+1].text && toks[k+1].text == toks[j+2].text && !peerTitles.hasToken(&toks[k-1]) && toks[k-1].text != "." {
			return j
		}
	}
	return -1
}

// portfolioBeforeName reports a run [first, lim) of capitalised words
// with no known given name, ending on a title's modifier or a body's word,
// right before a comma and a name of two name words: "Marine Resources
// Development, Tekena Tiroba," ends a portfolio.
func (a *analysis) portfolioBeforeName(first, lim int) bool {
	toks := a.d.toks
	if lim+2 >= len(toks) || toks[lim].text != "," || !a.isNameWord(lim+1) || !a.isNameWord(lim+2) || a.roleKind(lim+1) != 0 || a.roleKind(lim+2) != 0 {
		return false
	}
	if _, body := a.lx.bodyWords[toks[lim-1].lower]; a.roleKind(lim-1) != rMod && !body {
		return false // the run ends on a portfolio's word ("Development"), not a surname ("Huang Weiming, Ann Lee")
	}
	for k := first; k < lim; k++ {
		if a.roleKind(k) == 0 && a.isGivenName(k) {
			return false // a title's modifier may be a given name too: "Marine"
		}
	}
	return true
}

// modifiersOnly reports tokens [first, k) that are all title modifiers,
// at least one: "Water" of "Minister for Water Resources NAME".
func (a *analysis) modifiersOnly(first, k int) bool {
	for j := first; j < k; j++ {
		if a.roleKind(j) != rMod {
			return false
		}
	}
	return k > first
}

// kinNamesPlace reports a two-word run right after a noun for a relative
// that opens with a place's name: "shot her husband Israel Alvarez", "his
// cousin Chad Brown"; a given name there, not a state.
func (a *analysis) kinNamesPlace(first, lim int) bool {
	toks := a.d.toks
	return lim-first == 2 && first > 0 && !toks[first-1].cap && a.peopleClass(first-1, pcKin) &&
		a.placeAt[first] >= 0 && a.places[a.placeAt[first]].lim == first+1 && !a.titleWordAt(first+1)
}

// knownFullName reports a run written as the full name of someone found
// before it: "Israel Alvarez" once "her husband Israel Alvarez" is read.
func (a *analysis) knownFullName(first, lim int) bool {
	toks := a.d.toks
	if lim-first < 2 || a.placeAt[first] < 0 {
		return false
	}
	for _, p := range a.people {
		if len(p.words) == lim-first && p.words[0] == toks[first].text && p.words[len(p.words)-1] == toks[lim-1].text {
			return true
		}
	}
	return false
}

// afterComplement returns where the name starts in a run of three words
// or more that follows a capitalised role noun's "for" or "of", in a
// title that no name and comma precede: the capitalised words
// of the office's seat or brief come first ("Labour TD for Dublin Bay
// North Cillian Brophy", "UN Special Envoy for the Great Lakes Huang
// Weiming"), and the name is the last two words, or opens at a given
// name the gazetteer knows among the last three; first for any other run.
func (a *analysis) afterComplement(first, lim int) int {
	toks := a.d.toks
	p := first - 1
	if p >= 1 && a.placeAt[p] >= 0 {
		p = a.places[a.placeAt[p]].first - 1 // "for Dublin Bay North NAME": the run opens after the place
	}
	if p >= 1 && toks[p].lower == "the" {
		p--
	}
	q := p
	for q >= 2 && toks[q].lower == "and" && toks[q-1].cap && toks[q-1].kind == tWord {
		q-- // "Minister for Fisheries and Marine Resources Development, NAME": the portfolio goes on
		for q >= 1 && toks[q].cap && toks[q].kind == tWord {
			q--
		}
	}
	if q >= 1 && a.portfolioBeforeName(first, lim) && (toks[q].lower == "for" || toks[q].lower == "of") && (a.roleKind(q-1) == rHead || a.roleKind(q-1) == rWeak) {
		return lim // the whole run is the portfolio; the name follows the comma
	}
	if p < 1 || lim-first < 3 || toks[p].lower != "for" && toks[p].lower != "of" {
		return first
	}
	if k := a.roleKind(p - 1); (k != rHead && k != rWeak || !toks[p-1].cap) && !a.officeOfBeforeFor(p) {
		return first // "a member of the Four Corner Hustlers": a title in lower case is a description, the run a body
	}
	t := p - 1
	for t > 0 && toks[t-1].cap && toks[t-1].kind == tWord && !toks[t-1].sentStart {
		t--
	}
	if t > 1 && toks[t-1].text == "," && a.placeAt[t-2] < 0 && toks[t-2].cap {
		// "Glen Wood, Vice President of Deutsche Securities Japan": the
		// name came first, not a scene ("In Islamabad,") nor a noun the
		// title stands in apposition to ("Its representative, Vice
		// Minister of Water Resources NAME,")
		return first
	}
	for k := first; k < lim; k++ {
		if toks[k].kind != tWord || !toks[k].cap {
			return first // "Minister of State Tamsin Hale, 45": no run of names alone
		}
	}
	if lim < len(toks) {
		if w := toks[lim].lower; w == "in" || prepositions.has(w) || complementPreps.has(w) {
			return first // "the CEO of Omni Consumer Products in Robocop": a body's name
		}
	}
	for k := max(first+1, lim-3); k < lim-1; k++ {
		if a.isGivenName(k) {
			return k
		}
	}
	if a.placeAt[lim-1] >= 0 || a.placeAt[lim-2] >= 0 {
		return first // "Vice President of Deutsche Securities Japan": a body's name ends on its place
	}
	return lim - 2
}

// titledNameAt reports a town's name at i that opens a titled person's
// name (townOpensTitledName): "Aden" of "Defence Minister Aden Duale".
func (a *analysis) titledNameAt(i int) bool {
	return a.placeAt[i] >= 0 && a.places[a.placeAt[i]].titledName
}

// participleOpener reports a capitalised "-ing" word opening a sentence
// that is no known given name: "Knowing Bardos was a fan", "Following
// Trump's visit" open with a participle, and the name, if any, follows it.
func (a *analysis) participleOpener(i int) bool {
	t := &a.d.toks[i]
	return t.sentStart && len(t.lower) > 5 && strings.HasSuffix(t.lower, "ing") && !a.isGivenName(i)
}

// openerBeforeName reports a word that opens a sentence in capitals before
// a given name and a surname the article writes elsewhere without it: in
// "Rival Hillary Clinton had mocked the complaint" after "Hillary Clinton
// says", "Rival" is no part of the name. A given name itself never is an
// opener ("Mary Ann Lee").
func (a *analysis) openerBeforeName(k, lim int) bool {
	toks := a.d.toks
	if !toks[k].sentStart || k+3 > lim || a.isGivenName(k) || !a.isGivenName(k+1) || !toks[k+2].cap {
		return false
	}
	given, surname := toks[k+1].text, toks[k+2].text
	for j := 0; j+1 < len(toks); j++ {
		if j != k+1 && toks[j].text == given && toks[j+1].text == surname && (j == 0 || toks[j-1].text != toks[k].text) {
			return true
		}
	}
	return false
}

// occupationOpener reports a noun for a person by its ending that opens a
// sentence before a given name and a surname: "Photographer Lauren Petracca
// tweeted", "Firefighter Dana Whitlock said". A given name is never one
// ("Tyler", "Christian"), nor a word the article writes as a name elsewhere.
func (a *analysis) occupationOpener(k, lim int) bool {
	return a.d.toks[k].sentStart && a.occupationBeforeName(k, lim)
}

// lowerWordBefore reports a lower-case word right before k in its
// sentence: "said" in "said Supervisor Ann Lee".
func (a *analysis) lowerWordBefore(k int) bool {
	toks := a.d.toks
	return k > 0 && !toks[k].sentStart && toks[k-1].kind == tWord && !toks[k-1].cap
}

// occupationBeforeName reports a capitalised noun for a person by its
// ending at k, before a given name and a surname, that the article never
// writes as a name elsewhere: "Supervisor" in "Security Supervisor Joe
// Hale" or "said Supervisor Ann Lee" is a title, wherever it stands.
func (a *analysis) occupationBeforeName(k, lim int) bool {
	toks := a.d.toks
	if k+3 > lim || len(toks[k].lower) < 5 || a.isGivenName(k) || !a.isGivenName(k+1) || !toks[k+2].cap {
		return false
	}
	return hasAnySuffix(toks[k].lower, occupationEndings) && !a.aloneInSentence(k)
}

// aloneInSentence reports the word at k written elsewhere inside a
// sentence with no capitalised word after it: a name there, so no title
// here. Written again before a name ("Supervisor Hale said") it is still
// a title.
func (a *analysis) aloneInSentence(k int) bool {
	toks := a.d.toks
	for j := range toks {
		if j != k && toks[j].text == toks[k].text && !toks[j].sentStart && !(j+1 < len(toks) && toks[j+1].cap) {
			return true
		}
	}
	return false
}

// lowerOpener reports a word opening a sentence before the rest of a run
// that the article writes in lower case elsewhere and never capitalised
// inside a sentence, is no given name, and stands before a name the
// article has written without it: "Again Roddick served" where "Roddick"
// is named alone, "Meanwhile Tom Hale said".
func (a *analysis) lowerOpener(k, lim int) bool {
	toks := a.d.toks
	if !toks[k].sentStart || k+1 >= lim || a.isGivenName(k) || !a.writtenLower(toks[k].lower) || a.midSentenceCap()[toks[k].text] {
		return false // not "Will Young" where "Will" is also a name mid-sentence
	}
	n := lim - k - 1 // the rest of the run, written before it
	for j := 0; j+n <= k; j++ {
		if j > 0 && toks[j-1].text == toks[k].text {
			continue
		}
		same := true
		for i := 0; i < n && same; i++ {
			same = toks[j+i].text == toks[k+1+i].text
		}
		if same {
			return true
		}
	}
	return false
}

// occupationEndings end English nouns for people by what they do.
var occupationEndings = []string{"er", "or", "ist", "ian", "ant", "ent", "man", "woman", "ee"} // "ee": "Evacuee", "Retiree", "Detainee"

func hasAnySuffix(w string, suffixes []string) bool {
	for _, s := range suffixes {
		if strings.HasSuffix(w, s) {
			return true
		}
	}
	return false
}

// trimName drops trailing words that cannot end a name.
func (a *analysis) trimName(first, lim int) int {
	toks := a.d.toks
	for lim > first {
		t := toks[lim-1]
		if t.text == "," {
			lim--
			continue
		}
		// a state after a name ("Tony Blair Britain" in a caption), not a
		// surname that is also a town ("Allan Garland") or a state after a
		// given name alone ("Elizabeth France")
		if a.placeAt[lim-1] >= 0 && lim-1 > first+1 && a.places[a.placeAt[lim-1]].state {
			lim--
			continue
		}
		break
	}
	// particles do not count: "José Antonio Herrero de la Vega" is one name
	words := 0
	for k := first; k < lim; k++ {
		if toks[k].kind == tWord && !(a.peopleClass(k, pcParticle) && !toks[k].cap) {
			words++
		}
	}
	if words > 5 {
		return first
	}
	// a name of words that are all places, bodies or title words is no name
	all := true
	for k := first; k < lim; k++ {
		if !a.titleWordAt(k) && toks[k].text != "," {
			all = false
		}
	}
	if all {
		return first
	}
	return lim
}

// isTitleHead reports a role noun, honorific or rank at token i: the words
// that make the name after them a person's.
func (a *analysis) isTitleHead(i int) bool {
	switch a.roleKind(i) {
	case rHead, rWeak, rHonorific, rRank:
		return true
	}
	return false
}

func (a *analysis) isGivenName(i int) bool {
	t := &a.d.toks[i]
	if !t.cap || t.kind != tWord {
		return false
	}
	// "Al Mnajer", "El Baradei": a particle before a surname, not Al or El
	if (t.text == "Al" || t.text == "El") && i+1 < len(a.d.toks) && a.d.toks[i+1].cap && a.d.toks[i+1].spaceBefore {
		return false
	}
	// the look-up, once per token
	p := &a.d.toks[i]
	if p.facts&factGivenKnown == 0 {
		p.facts |= factGivenKnown
		if a.lx.givenNameWord(t.text) {
			p.facts |= factGiven
		}
	}
	return p.facts&factGiven != 0
}

// namesThing reports a run that names a body, a place, an event or a
// thing, not a person, even after a title word: a body word anywhere
// ("Premier League", "Wichita Police Department"), a place, event or
// document word last ("President Street", "General Election", "Criminal
// Justice Bill"), or a possessive before a place word ("Prince George's
// County"). A place word ends a place of two words or more even after an
// honorific ("Father Baker Hospital", "Advocate Trinity Hospital"); else
// an honorific keeps the person ("Mr Hall", "Mr Street"), and so does a
// given name before a word that is no body's ("Ted Park", "Doris Day").
func (a *analysis) namesThing(start, lim int) bool {
	toks := a.d.toks
	if lim-start >= 2 && a.peopleClass(lim-1, pcPlaceHead) {
		return true // "King Charles Street", "Chancellor Angela Merkel Square"
	}
	if start > 0 && a.roleKind(start-1) == rHonorific {
		return false
	}
	if a.modifiesPlace(start, lim) {
		return true // "the Admiral Nelson pub"
	}
	given := lim-start >= 2 && a.isGivenName(start)
	for k := start; k < lim; k++ {
		b, ok := a.lx.bodyWords[toks[k].lower]
		if !ok || b.lastOnly && k < lim-1 {
			continue
		}
		if !given || b.kind == "body" || b.kind == "state" || b.kind == "media" || b.kind == "company" {
			return true
		}
	}
	if a.joinedBodyName(start, lim) {
		return true // "the Bangladesh Garment Manufacturers and Exporters Association"
	}
	if a.bodyNameAside(start, lim) {
		return true // "the development authority, Rajuk, NAME, said"
	}
	if a.afterOfBodyHead(start, lim) {
		return true // "the Ministry of Peshmerga Affairs said"
	}
	if lim+1 < len(toks) && toks[lim].lower == "'s" && toks[lim+1].cap {
		b, ok := a.lx.bodyWords[toks[lim+1].lower]
		return ok && b.kind == "place"
	}
	// "Transport and General Workers' Union": a plural's apostrophe before a body
	if r, _ := utf8.DecodeRuneInString(toks[min(lim, len(toks)-1)].text); lim+1 < len(toks) && isApostrophe(r) && toks[lim].start == toks[lim-1].end &&
		strings.HasSuffix(toks[lim-1].lower, "s") && toks[lim+1].cap {
		_, ok := a.lx.bodyWords[toks[lim+1].lower]
		return ok
	}
	return false
}

// joinedBodyName reports a run that opens no given name and ends in a
// plural, joined by "and" to capitals that close on a body's noun: "Garment
// Manufacturers and Exporters Association", "Tea Growers and Packers
// Union" are the first half of a body's name, no person ("President John
// Mahama and Opposition Party leaders" opens a given name).
func (a *analysis) joinedBodyName(start, lim int) bool {
	toks := a.d.toks
	if lim+2 >= len(toks) || toks[lim].lower != "and" || a.isGivenName(start) || !strings.HasSuffix(toks[lim-1].lower, "s") {
		return false
	}
	for k := lim + 1; k < len(toks) && k <= lim+4 && toks[k].cap && toks[k].kind == tWord && toks[k].spaceBefore; k++ {
		b, ok := a.lx.bodyWords[toks[k].lower]
		if ok && b.kind == "body" && (k+1 >= len(toks) || !toks[k+1].cap || toks[k+1].kind != tWord) {
			return true
		}
	}
	return false
}

// adjectiveTitled reports one word after a role noun that is also an
// adjective, "General Electric", "Premier Foods": a name there needs its
// full form elsewhere in the article, which links it later.
func (a *analysis) adjectiveTitled(start, lim int) bool {
	if lim-start != 1 || start == 0 || a.isGivenName(start) || hyphenedName(a.d.toks[start].text) {
		return false
	}
	return a.lx.adjTitles[a.d.toks[start-1].lower] && !a.nounAfterTitle(start-1)
}

// commonNounName reports one capitalised word that the article also writes
// in lower case, a common noun opening a sentence or a body's name
// ("Workers", "Deaths"), not a surname; a surname of someone named in full
// is still linked later.
func (a *analysis) commonNounName(start, lim int) bool {
	if lim-start != 1 || a.isGivenName(start) || monthSurnames.has(a.d.toks[start].text) {
		return false
	}
	return a.writtenLower(a.d.toks[start].lower)
}

// writtenLower reports the word w written in lower case somewhere in the
// article. Few words are asked about, most of them more than once, so the
// answers are kept and the tokens scanned for each new word, until the
// scans have cost sixteen passes over the text (about what indexing every
// word costs): then, in long texts, where a scan per word grew quadratic,
// every lower-case word is indexed.
func (a *analysis) writtenLower(w string) bool {
	toks := a.d.toks
	var shape uint16 // tokens of another shape cannot be w: no string compared
	if w != "" {
		shape = shapeBit(w)
	}
	if !a.lowerShapeSeen(shape) {
		return false // most words asked: capitalised names, never written lower
	}
	if a.lowerWords != nil {
		return a.lowerWords[w]
	}
	if found, ok := a.lowerAsked[w]; ok {
		return found
	}
	if a.lowerScanned > 16*len(toks) {
		a.lowerWords = map[string]bool{}
		for i := range toks {
			if t := &toks[i]; !t.cap && t.kind == tWord {
				a.lowerWords[t.lower] = true
			}
		}
		return a.lowerWords[w]
	}
	a.lowerScanned += len(toks)
	found := false
	for i := range toks {
		if t := &toks[i]; t.shape == shape && !t.cap && t.kind == tWord && t.lower == w {
			found = true
			break
		}
	}
	if a.lowerAsked == nil {
		a.lowerAsked = map[string]bool{}
	}
	a.lowerAsked[w] = found
	return found
}

// lowerShapeSeen reports whether a lower-case word of the text may have
// the given shape (see shapeBit), from a filter of the shapes of the
// tokens writtenLower looks for, made by one pass over the tokens the
// first time it is asked: false is certain.
func (a *analysis) lowerShapeSeen(shape uint16) bool {
	f := a.lowerShapes
	if f == nil {
		f = a.d.shapeRoom // kept from an earlier document, or made
		if f == nil {
			f = new(shapeFilter)
			a.d.shapeRoom = f
		}
		clear(f[:])
		toks := a.d.toks
		for i := range toks {
			if t := &toks[i]; !t.cap && t.kind == tWord {
				f.add(t.shape)
			}
		}
		a.lowerShapes = f
	}
	return f.has(shape)
}

type evidence uint8

const (
	evNone evidence = iota
	evSpeaker
	evApposition
	evGiven
	evTitled
)

// personEvidence decides whether name tokens [start, lim) name a person.
func (a *analysis) personEvidence(first, start, lim int) evidence {
	if a.townTitledName(first, start, lim) {
		return evNone // "a briefing in Prince Albert": a town
	}
	if a.compassPlaceRun(start, lim) && !a.isGivenName(start) {
		return evNone // "the streets of East Oakland, a stopgap": a part of a place
	}
	ev := a.runEvidence(first, start, lim)
	if ev != evNone && (a.commonNounName(start, lim) || lim-start == 1 && a.peopleClass(start, pcKin)) {
		return evNone // "the Queen Mother": a noun for a relative names no one
	}
	if ev != evNone && (a.bodyHeadOfName(start, lim) || a.titleAsName(start, lim) || a.thingBeforeWhich(start, lim) || a.describedAsBody(start, lim) || a.ownerBeforeHolder(first, start, lim)) {
		return evNone // "chairman of the United National Movement": the body's head noun
	}
	return ev
}

// thingBeforeWhich reports a run that no given name opens set off by a
// comma and "which": "a spokeswoman for APM Terminals Algeciras, which
// runs the terminal" names a firm; a person takes "who". A run of two or
// more words after a capitalised rank or office that "led by", "headed
// by" or "of" joins to a group is a person, and the "which" goes back to
// the group: "the junta led by General NAME NAME, which took power",
// "the government of President NAME NAME, which".
func (a *analysis) thingBeforeWhich(start, lim int) bool {
	toks := a.d.toks
	if lim+1 >= len(toks) || toks[lim].text != "," || toks[lim+1].lower != "which" || a.isGivenName(start) {
		return false
	}
	return lim-start < 2 || !a.groupsHolderBefore(start)
}

// groupsHolderBefore reports a capitalised rank or office at start-1 that
// "led by", "headed by", "commanded by" or "of" joins to the group before
// it.
func (a *analysis) groupsHolderBefore(start int) bool {
	toks := a.d.toks
	if start < 3 || !toks[start-1].cap || a.roleKind(start-1) != rHead {
		return false
	}
	return toks[start-2].lower == "of" || toks[start-2].lower == "by" && leadVerb(toks[start-3].lower)
}

// titleAsName reports a capitalised run that is a role listed as a whole
// phrase: "India's High Commissioner in Colombo, NAME," is a title, not a
// person called "High Commissioner".
func (a *analysis) titleAsName(start, lim int) bool {
	if lim-start < 2 || a.isGivenName(start) {
		return false
	}
	vals, end := a.lx.roleTrie.match(a.d.toks, start, true)
	for _, v := range vals {
		if end == lim && a.lx.roleKinds[v] == rOffice {
			return true
		}
	}
	return false
}

// bodyHeadOfName reports a run of one word, a noun of a body that is no
// state's, after a capitalised word of its sentence: "Movement" ends
// "the United National Movement" that a title's words were taken from.
func (a *analysis) bodyHeadOfName(start, lim int) bool {
	toks := a.d.toks
	if lim-start != 1 || start < 1 || toks[start].sentStart || a.isGivenName(start) {
		return false
	}
	p := toks[start-1]
	return p.kind == tWord && p.cap && p.sent == toks[start].sent && a.bodyKindAt(start) == "nonstate"
}

// titleEvidence finds a title before the run [start, lim) whose first
// capitalised word is first: a role or honorific right before the name,
// inside the run or just before it, or before a comma ("its president,
// Recep Tayyip Erdogan"), a noun for a relative ("her son Kody Golden"),
// or a full title ("Speaker of the House Newt Gingrich").
func (a *analysis) titleEvidence(first, start, lim int) (evidence, bool) {
	toks := a.d.toks
	if start > first && (a.isTitleHead(start-1) || toks[start-1].text == ".") {
		return evTitled, true
	}
	if first > 0 && toks[first-1].para == toks[first].para {
		if a.isTitleHead(first - 1) {
			return evTitled, true
		}
		if lim-start >= 2 && a.peopleClass(first-1, pcKin) {
			return evApposition, true // "wife Fouzia Al Hashish", "her son Kody Golden"
		}
		if p := toks[first-1]; lim-start >= 2 && !p.cap && humanNouns.hasToken(&p) {
			return evApposition, true // "said neighbor Deshabille Payne", "fellow student Jordan Luton"
		}
		if first > 1 && toks[first-1].text == "," && (a.roleKind(first-2) == rHead || a.roleKind(first-2) == rWeak) && (lim-start >= 2 || a.isGivenName(start)) {
			return evTitled, true // not one word: "its free-to-air counterpart, Freeview", "Queen, Muse, ..."
		}
		if a.ownedHumanBefore(first, start, lim) {
			return evApposition, true // "Langat's lawyer, Ndegwa Kamau,"
		}
		if k := a.bodyAsideComma(first); k > 0 && lim < len(toks) && toks[lim].text == "," && lim-start >= 2 {
			if w, ok := a.titleBefore(k); ok && (a.definiteBefore(w.lo) || a.indefiniteWithComplement(w, k)) {
				return evTitled, true // "the development authority, Rajuk, NAME,"
			}
		}
		// "the chief executive of Yahoo, Marissa Mayer", and a name of two
		// words or more that ends the sentence: "represented by its
		// ambassador to Kazakhstan, Berdimurat Rejepov."
		e := lim
		if e < len(toks) && lim-start >= 2 {
			e = a.partyAdjunctEnd(lim) // "..., NAME of the Golkar party, said"
		}
		if first > 1 && toks[first-1].text == "," && e < len(toks) && (toks[e].text == "," || toks[e].text == "." && lim-start >= 2) {
			// "a spokesman for the foreign ministry, Lim Jae-won,"
			if w, ok := a.titleBefore(first - 1); ok && (a.definiteBefore(w.lo) || a.indefiniteWithComplement(w, first-1)) {
				return evTitled, true
			}
		}
	}
	if a.titledPastBodyName(first, start, lim) {
		return evTitled, true // "The chairman of the capital's development authority, Rajuk, NAME,"
	}
	if _, ok := a.titleBefore(start); ok {
		return evTitled, true
	}
	return evNone, false
}

// ownedHumanBefore reports a name of two words or more set off by commas
// (or ending its sentence) after an owned noun for a person or a relative:
// "Langat's lawyer, Ndegwa Kamau,", "her friend, Ama Owusu,", "said his
// uncle, Efram Washington."
func (a *analysis) ownedHumanBefore(first, start, lim int) bool {
	toks := a.d.toks
	if first < 3 || lim-start < 2 || lim >= len(toks) || toks[lim].text != "," && !a.endsSentence(lim) || toks[first-1].text != "," {
		return false
	}
	switch toks[first-3].lower {
	case "'s", "his", "her", "their", "its", "our", "my":
		n := toks[first-2]
		return !n.cap && (humanNouns.hasToken(&n) || a.lx.kin[n.lower] != 0) // "said his uncle, Efram Washington."
	}
	return false
}

// endsSentence reports a full stop at token i that closes its sentence.
func (a *analysis) endsSentence(i int) bool {
	toks := a.d.toks
	return toks[i].text == "." && (i+1 >= len(toks) || toks[i+1].sent != toks[i].sent)
}

// singleWordEvidence decides on a run of one word: a person only as the
// subject of a speech verb ("Lonechild said").
func (a *analysis) singleWordEvidence(start, lim int) evidence {
	toks := a.d.toks
	t := toks[start]
	if start > 0 && (toks[start-1].lower == "a" || toks[start-1].lower == "an") {
		return evNone // "in a Tumblr post she described": a name that modifies a noun
	}
	if continentalWords.hasToken(&t) && !a.namesakeInText(start) {
		return evNone // "the Baptist Church in Central Africa said": a continent speaks for no one, unless a name opens with it ("Asia Turentine")
	}
	if a.locativeObject(start) {
		return evNone // "a nurse at the clinic in Gondar said": the nurse speaks
	}
	if a.closesBodyNameList(start) {
		return evNone // "the Centre for Astronomy, Astrophysics and Geophysics said": the centre's name
	}
	if lim < len(toks) && a.peopleClass(lim, pcSpeech) && !toks[lim].cap && t.kind == tWord &&
		a.orgAt[start] < 0 && a.placeAt[start] < 0 && a.roleKind(start) == 0 && !t.sentStart && !a.coordinatedBeforeSingularVerb(start, lim) {
		return evSpeaker
	}
	if lim < len(toks) && a.peopleClass(lim, pcSpeech) && !toks[lim].cap && t.sentStart &&
		a.orgAt[start] < 0 && a.placeAt[start] < 0 && a.roleKind(start) == 0 && a.lx.givenNames.get(t.text) == 0 &&
		!commonWord(t.lower) && a.midSentenceCap()[t.text] {
		// "Lonechild said" opening a sentence counts when the word is
		// capitalised mid-sentence too, which "Story continues" is not
		return evSpeaker
	}
	if a.saidOneNameWithRole(start, lim) || a.saidOneNameWhoHeads(start, lim) || a.namedOnlyAs(start) || a.usesTheName(start, lim) || a.firstNameGiven(start) || a.givenNameApposed(start, lim) ||
		a.oneNameDescribed(start, lim) || a.nounNamed(start, lim) || a.frontedSubjectNamed(start, lim) {
		return evApposition
	}
	return evNone
}

// coordinatedBeforeSingularVerb reports a word joined by "and" to a
// capitalised word before it, followed by a speech verb in the third
// person singular: two subjects would take "state", so in "in Upper Nile
// and Jonglei states had" the "-s" word is a plural noun and the words
// name places, no speaker.
func (a *analysis) coordinatedBeforeSingularVerb(start, lim int) bool {
	toks := a.d.toks
	v := toks[lim].lower
	return start >= 2 && toks[start-1].lower == "and" && toks[start-2].cap && toks[start-2].kind == tWord &&
		strings.HasSuffix(v, "s") && !strings.HasSuffix(v, "ss")
}

// namesakeInText reports the word at i written elsewhere in the text as
// the first word of a longer name: "David" beside "David McKeown".
func (a *analysis) namesakeInText(i int) bool {
	toks := a.d.toks
	shape := toks[i].textShape
	for k := range toks {
		// the texts' shapes first (equal texts have equal shapes): this
		// reads every token of the text, and most differ in shape
		if toks[k].textShape == shape && k != i && k+1 < len(toks) && toks[k].text == toks[i].text && toks[k+1].cap && toks[k+1].kind == tWord && toks[k+1].spaceBefore {
			return true
		}
	}
	return false
}

// firstNameGiven reports one word that a source gives as their first
// name: "who would give only his first name, Rangi,", "identified only by
// her first name, Amal", "gave his first name as Dario".
func (a *analysis) firstNameGiven(start int) bool {
	toks := a.d.toks
	t := toks[start]
	if start < 4 || t.kind != tWord || t.sentStart || toks[start-1].text != "," && toks[start-1].lower != "as" ||
		toks[start-2].lower != "name" || toks[start-3].lower != "first" || a.orgAt[start] >= 0 || a.placeAt[start] >= 0 {
		return false
	}
	switch toks[start-4].lower {
	case "his", "her", "their":
		return true
	}
	return false
}

// frontedSubjectNamed reports one word (no acronym) that is the subject
// after a clause a subordinator fronts, a verb after it, when the next
// sentence is a quote that "he" or "she" said: "When asked what was harder, Mulder didn't hesitate. "…," he
// said." A story may name a player by surname alone; a body there would
// be "it".
func (a *analysis) frontedSubjectNamed(start, lim int) bool {
	toks := a.d.toks
	t := toks[start]
	if lim != start+1 || start < 3 || lim >= len(toks) || toks[start-1].text != "," || t.sentStart || t.kind != tWord ||
		a.orgAt[start] >= 0 || a.placeAt[start] >= 0 || a.roleKind(start) != 0 || commonWord(t.lower) || a.writtenLower(t.lower) {
		return false
	}
	s := a.d.sents[t.sent]
	if w := toks[s.first].lower; !subordinators.has(w) && w != "asked" {
		return false
	}
	// a verb in the past or an auxiliary: "didn't", "had", "smiled"
	if n := toks[lim]; n.kind != tWord || n.cap || notVerbAfterName.hasToken(&n) ||
		!strings.HasSuffix(n.lower, "n't") && !strings.HasSuffix(n.lower, "n\u2019t") && !strings.HasSuffix(n.lower, "ed") && !auxAdverbs.hasToken(&n) && !irregularPast.hasToken(&n) {
		return false
	}
	if int(t.sent)+1 >= len(a.d.sents) {
		return false
	}
	if isAcronym(t.text) {
		return false // "BT", "UN"
	}
	next := a.d.sents[t.sent+1]
	for k := next.first + 1; k < next.lim; k++ {
		if (toks[k].text == "he" || toks[k].text == "she") && toks[k-1].kind == tQuote {
			return true // `"…," he said`
		}
	}
	return false
}

// nounNamed reports one word that "named" or "called" gives to a noun for
// a person just before it: "a plantation worker named Muthulingam", "a
// fisherman called Tevita"; not "a storm named Freddy".
func (a *analysis) nounNamed(start, lim int) bool {
	toks := a.d.toks
	t := toks[start]
	if lim != start+1 || start < 2 || toks[start-1].lower != "named" && toks[start-1].lower != "called" ||
		t.kind != tWord || a.orgAt[start] >= 0 || a.placeAt[start] >= 0 || a.roleKind(start) != 0 || commonWord(t.lower) {
		return false
	}
	n := toks[start-2]
	return n.kind == tWord && !n.cap && a.listedPersonNoun(start-2)
}

// oneNameDescribed reports a single word that an apposition describes as a
// person: "Yuni, a resident of Lampung in Sumatra, was watching", "Roman,
// a resident of the area who operates tours": someone known by one name,
// whose "she said" follows. The noun must head the apposition ("Hamas, a
// militant group," is no one).
func (a *analysis) oneNameDescribed(start, lim int) bool {
	toks := a.d.toks
	t := toks[start]
	if lim != start+1 || lim+3 >= len(toks) || toks[lim].text != "," || toks[lim+1].lower != "a" && toks[lim+1].lower != "an" ||
		t.kind != tWord || a.orgAt[start] >= 0 || a.placeAt[start] >= 0 || a.roleKind(start) != 0 || commonWord(t.lower) ||
		a.namesakeInText(start) || start > 0 && toks[start-1].text == "," || strings.Contains(t.text, "-") {
		// "Freddy, a fun-loving pilot," is the Freddy Trump named in full;
		// "Rep. Harold Love, D-Nashville, a member of" describes Love; a
		// stage name ("C-Murder, a former member of rap group Tru") holds
		// no office
		return false
	}
	for k := lim + 2; k < len(toks)-1 && k <= lim+4; k++ {
		if toks[k].kind != tWord || toks[k].cap || toks[k].lower == "of" {
			return false
		}
		if !a.listedPersonNoun(k) {
			continue
		}
		switch n := toks[k+1]; n.lower {
		case ",", ".", "of", "who", "from", "in", "at", "with", "for", "whose":
			return true
		}
		return false
	}
	return false
}

// givenNameApposed reports a known given name alone, set off by commas
// after an indefinite noun for one person whom the story introduces: "A
// taxi driver, Musa, who declined to give his surname,", "a volunteer
// cook, Fabiola, was serving soup". A relative ("her father, David,") is
// read by the rules of kin, which know the family's name; after a plural
// ("Recruit the right colleagues, Robert,"), a definite noun ("the
// youngest victim, Chris,") or another noun ("The ship, Grace, sank") the
// word may be someone already named, or no one.
func (a *analysis) givenNameApposed(start, lim int) bool {
	toks := a.d.toks
	t := toks[start]
	if start < 3 || lim != start+1 || lim >= len(toks) || t.kind != tWord || toks[start-1].text != "," ||
		toks[lim].text != "," && toks[lim].text != "." || toks[start-2].cap || !a.personNoun(start-2) ||
		singular(toks[start-2].lower) != toks[start-2].lower ||
		a.lx.givenNames.get(t.text) == 0 || a.orgAt[start] >= 0 || a.placeAt[start] >= 0 {
		return false
	}
	if a.peopleClass(start-2, pcKin) {
		// "Taybron's mother, Melissa, told", "her sister, Lisa, said": an
		// owned relative who speaks, unless someone else in the story
		// bears the name ("her father, David," beside Officer David
		// McKeown); a relative only spoken of ("his wife, Megan, and
		// their children") is left to the kin rules
		o := toks[start-3].lower
		speaks := toks[lim].text == "," && lim+1 < len(toks) && !toks[lim+1].cap && a.peopleClass(lim+1, pcSpeech)
		owned := false
		switch o {
		case "'s", "'", "his", "her", "their", "its", "our", "my":
			owned = true
		}
		return speaks && owned && !a.namesakeInText(start)
	}
	for k := start - 3; k >= 0 && k >= start-5 && toks[k].kind == tWord; k-- {
		switch toks[k].lower {
		case "a", "an", "one", "another":
			return true
		}
	}
	return false
}

// nameGivers give a name for oneself; nameOnly participles name a person
// by one name after "only as".
var (
	nameGivers = wordList("name-give")
	nameOnly   = wordList("name-only")
)

// namedOnlyAs reports one word that a source gives as the only name
// they go by: "who gave his name only as Mamadou", "gave her name as
// Fatou", "a man identified only as Ali". Without "only" a participle
// names things too ("a group known as Wagner").
func (a *analysis) namedOnlyAs(start int) bool {
	toks := a.d.toks
	t := toks[start]
	if start < 3 || toks[start-1].lower != "as" || t.kind != tWord || t.sentStart ||
		a.orgAt[start] >= 0 || a.placeAt[start] >= 0 || a.roleKind(start) != 0 || commonWord(t.lower) {
		return false
	}
	k := start - 2
	only := toks[k].lower == "only"
	if only {
		k--
	}
	if only && nameOnly.hasToken(&toks[k]) {
		return true
	}
	if k < 2 {
		return false // no room for "gave his name" before "as": the text opens with "name only as"
	}
	switch toks[k-1].lower {
	case "his", "her", "their":
	default:
		return false
	}
	return toks[k].lower == "name" && nameGivers.hasToken(&toks[k-2])
}

// saidOneNameWithRole reports one word after a speech verb with a role in
// apposition: "said Suharyanto, head of the rescue office", a person known
// by one name (as many Indonesians are).
func (a *analysis) saidOneNameWithRole(start, lim int) bool {
	toks := a.d.toks
	t := toks[start]
	if start == 0 || lim+1 >= len(toks) || toks[lim].text != "," || t.kind != tWord || t.sentStart {
		return false
	}
	if v := toks[start-1]; v.cap || a.lx.speech[v.lower] == "" {
		return false
	}
	if a.orgAt[start] >= 0 || a.placeAt[start] >= 0 || a.roleKind(start) != 0 || commonWord(t.lower) || a.lx.bodyWords[t.lower].kind != "" {
		return false
	}
	return a.roleAhead(lim+1, 3)
}

// settlementNouns head an apposition that describes a place.
var settlementNouns = wordList("settlement-noun")

// placeApposition reports an apposition from k whose head noun, the last
// word before its comma or its first preposition, is a place's: "the
// country's agricultural and business hub", "a port town", "the capital
// of the province", not "the city's mayor".
func (a *analysis) placeApposition(k int) bool {
	toks := a.d.toks
	head := ""
	for j := k; j < len(toks) && j < k+10 && toks[j].para == toks[k].para; j++ {
		t := toks[j]
		if t.lower == "'s" || t.lower == "’s" {
			continue
		}
		if t.kind != tWord || t.lower == "of" || t.lower == "in" || t.lower == "on" || t.lower == "near" || placeAppositionStops.hasToken(&t) || t.lower == "where" || t.lower == "which" || t.lower == "that" {
			break
		}
		head = t.lower
	}
	return settlementNouns.has(head)
}

// runEvidence finds the evidence that tokens [start, lim) name a person.
func (a *analysis) runEvidence(first, start, lim int) evidence {
	toks := a.d.toks
	if a.namesThing(start, lim) || a.adjectiveTitled(start, lim) || a.theTitleRun(first, lim) || a.stateOwnedTitleRun(first, lim) {
		return evNone
	}
	if ev, ok := a.titleEvidence(first, start, lim); ok {
		return ev
	}
	// a single word left is a person only with a title, or as the subject
	// of a speech verb ("Lonechild said"); other evidence needs a first
	// and a last name
	if lim-start < 2 {
		return a.singleWordEvidence(start, lim)
	}
	for k := start; k < lim; k++ {
		if a.orgAt[k] >= 0 {
			return evNone
		}
		if a.placeAt[k] >= 0 && a.places[a.placeAt[k]].state && !(k == start && a.isGivenName(k)) {
			return evNone
		}
	}
	if a.isGivenName(start) || lim-start == 2 && a.initialsOpenName(start) {
		return evGiven // "Anjali Mehrotra", "K.V. Ramanathan"
	}
	if a.ageIntroduces(start, lim) {
		return evApposition // "15-year-old Jaheim Walker was killed"
	}
	// "Bassem Naim, a senior Hamas official", "Mr Mousa, 28,"
	if lim+1 < len(toks) && toks[lim].text == "," {
		n := toks[lim+1]
		if (n.lower == "a" || n.lower == "an" || n.lower == "the" || n.kind == tNum || a.roleKind(lim+1) != 0) && !a.placeApposition(lim+1) {
			return evApposition
		}
		if o, ok := a.orgAtTok(lim + 1); ok && o.lim < len(toks) && toks[o.lim].lower == "'s" {
			return evApposition // "Ikenna Obi, Amnesty International's country director"
		}
		if m, ok := a.placeStartingAt(lim + 1); ok && m.state && (m.possessive || m.kind == sAdjective) && a.roleAhead(a.skipPossessive(m.lim), 4) {
			return evApposition // "Wang Yi, China's top diplomat"
		}
	}
	// "Adaeze Obi, who heads the agency", "Adaeze Obi leads the union"
	if a.roleVerbAt(lim) >= 0 {
		return evApposition
	}
	if a.nationalIntroduces(first, start, lim) {
		return evApposition // "holding off Ethiopia's Berihu Tesfaye"
	}
	// the subject or object of a speech verb: "Naim said", "said Naim",
	// "Hiram Macharia, marketing executive at LG Electronics, said"; not
	// a place's name: "a health worker in Finote Selam said"
	if a.locativeObject(first) {
		return evNone
	}
	if a.saysAt(lim) || a.dashCreditRun(first, start, lim) {
		return evSpeaker // "— Kerensa Vukic" credits a quote
	}
	if a.apposedToSubjectNoun(first, start, lim) {
		return evApposition // "A deputy from the Social Democratic Party, NAME, said"
	}
	if v := a.skipApposition(lim); v > lim && v < len(toks) && a.peopleClass(v, pcSpeech) && !toks[v].cap {
		return evSpeaker
	}
	if start > 0 && a.peopleClass(start-1, pcSpeech) && (lim >= len(toks) || toks[lim].kind == tPunct) {
		return evSpeaker
	}
	if a.saidNameOfBody(start, lim) {
		return evSpeaker // "said Farishta Noori of the Afghan Women's Aid Network"
	}
	return evNone
}

// locativeObject reports a run of capitals right after "in", "at" or
// "near": the object of a place's preposition is a place, even before a
// speech verb ("a nurse at the clinic in Bahir Dar said").
func (a *analysis) locativeObject(first int) bool {
	if first < 1 {
		return false
	}
	switch a.d.toks[first-1].lower {
	case "in", "at", "near", "outside", "inside":
		return true
	}
	return false
}

// ageIntroduces reports a run of two or three capitalised words after an
// age ("15-year-old Jaheim Walker", "the 15-year-old Jaheim Walker"),
// as local news introduces people, that ends its noun phrase: a mark, or
// a verb or conjunction after it, not a noun ("a 15-year-old Lincoln
// High student").
func (a *analysis) ageIntroduces(start, lim int) bool {
	toks := a.d.toks
	if lim-start < 2 || lim-start > 3 || start == 0 || !strings.HasSuffix(toks[start-1].text, "-year-old") {
		return false // not a headline's "10-Year-Old Girl Posted"
	}
	for k := start; k < lim; k++ {
		if commonWord(toks[k].lower) || a.writtenLower(toks[k].lower) {
			return false
		}
	}
	if lim >= len(toks) || toks[lim].kind == tPunct {
		return true
	}
	return nameEnders.hasToken(&toks[lim])
}

// nameEnders may follow a name that ends its noun phrase.
var nameEnders = wordList("name-ender")

// nationalIntroduces reports a run of two capitalised words that a state's
// possessive or adjective introduces, as sports and wire copy introduce
// people: "Ethiopia's Berihu Tesfaye", "Ethiopian Berihu Tesfaye". Not a
// place, a team ("Nigeria's Super Eagles"), words the article writes in
// lower case ("Kenya's Rift Valley"), or a run a capitalised word follows.
func (a *analysis) nationalIntroduces(first, start, lim int) bool {
	toks := a.d.toks
	if lim-start != 2 || start != first || start < 2 || lim < len(toks) && toks[lim].cap || plural(toks[lim-1].lower) {
		return false
	}
	for k := start; k < lim; k++ {
		if a.placeAt[k] >= 0 || toks[k].kind != tWord || a.writtenLower(toks[k].lower) {
			return false
		}
	}
	k := start - 1
	if toks[k].lower == "'s" {
		k--
	}
	if a.placeAt[k] < 0 {
		return false
	}
	m := a.places[a.placeAt[k]]
	if !m.state || m.lim != k+1 {
		return false
	}
	return m.possessive && toks[start-1].lower == "'s" || m.kind == sAdjective && toks[start-1].lower != "'s"
}

// theTitleRun reports a run after "the" that ends in a role's head noun:
// "the Sanitation Commissioner, NAME, said", "the Water and Sanitation
// Minister", "the new Repatriation Commissioner" name an office whose
// brief the role tables do not hold, not a person. Capitalised words
// joined by "and" and one lower-case word may stand between.
func (a *analysis) theTitleRun(first, lim int) bool {
	toks := a.d.toks
	if first < 1 || lim-first < 2 || !toks[lim-1].cap || a.roleKind(lim-1) != rHead {
		return false
	}
	k := first - 1
	for k > 0 && first-k < 8 && (toks[k].lower == "and" && toks[k-1].cap && toks[k-1].kind == tWord || toks[k].cap && toks[k].kind == tWord && !toks[k].sentStart) {
		k--
	}
	if k > 0 && toks[k].kind == tWord && !toks[k].cap && toks[k].lower != "the" && toks[k-1].lower == "the" {
		k-- // "the new Water and Sanitation Minister"
	}
	return toks[k].lower == "the"
}

// saysAt reports a speech verb at token i, after an auxiliary or
// not: "Naim said", "Alun Michael has said".
func (a *analysis) saysAt(i int) bool {
	toks := a.d.toks
	if i < len(toks) && !toks[i].cap {
		switch toks[i].lower {
		case "has", "had", "have", "will", "would":
			i++
		}
	}
	return i < len(toks) && !toks[i].cap && a.peopleClass(i, pcSpeech)
}

// midSentenceCap lists the words written capitalised inside sentences,
// where capitals mark names, computed once per document.
func (a *analysis) midSentenceCap() map[string]bool {
	if a.midCap != nil {
		return a.midCap
	}
	a.midCap = roomMap(&a.d.rooms.midCap)
	clear(a.midCap)
	toks := a.d.toks
	for i, t := range toks {
		if t.cap && t.kind == tWord && !t.sentStart && i > 0 && toks[i-1].kind != tQuote && toks[i-1].text != ":" {
			a.midCap[t.text] = true
		}
	}
	return a.midCap
}

// commonOpeners are plural nouns that open sentences in capitals and are
// no names: "Officials said", "Police said".
var commonOpeners = wordList("common-opener")

// commonWord reports lower-case English words that open sentences in
// capitals and are no names ("Officials said", "Police said").
func commonWord(w string) bool {
	if commonOpeners.has(w) {
		return true
	}
	switch w {
	case "others", "many", "some", "both", "all", "everyone", "nobody", "someone", "they", "he", "she", "it", "we", "i", "you":
		return true
	}
	return false
}

// bareMention is a surname alone found with evidence of a person in pass 1
// of findPeople, linked once every full name is known.
type bareMention struct {
	first, at int
	ev        evidence
}

// surnameKey is the lookup key of a surname: lower case, without a leading
// Arabic article ("al-Hayya" and "Hayya" meet).
func surnameKey(w string) string {
	return lowerSurnameKey(strings.ToLower(w))
}

// tokenSurnameKey is surnameKey(t.text), from the lower case the token
// already has when it is a word or number.
func tokenSurnameKey(t *token) string {
	return lowerSurnameKey(tokenLower(t))
}

// tokenLower is strings.ToLower(t.text), the lower case a word or number
// has already.
func tokenLower(t *token) string {
	if t.kind != tWord && t.kind != tNum {
		return strings.ToLower(t.text)
	}
	return t.lower
}

// arabicArticles are the forms of the article that lowerSurnameKey takes
// off a surname, each of two or three letters and a hyphen.
var arabicArticles = []string{"al-", "el-", "ad-", "as-", "ash-", "an-", "ar-", "at-", "az-"}

// lowerSurnameKey is surnameKey of a word already in lower case.
func lowerSurnameKey(w string) string {
	if len(w) > 4 && (w[2] == '-' || w[3] == '-') { // the hyphen of one of arabicArticles
		for _, p := range arabicArticles {
			if strings.HasPrefix(w, p) && len(w) > len(p)+2 {
				w = w[len(p):]
				break
			}
		}
	}
	// transliterations of a final -ий: "Zelenskiy", "Zelenskyy", "Zelensky"
	if len(w) > 4 && (strings.HasSuffix(w, "iy") || strings.HasSuffix(w, "yy")) {
		w = w[:len(w)-2] + "y"
	}
	return w
}

// lastMention returns the first token of person pi's last mention so far.
func (a *analysis) lastMention(pi int) int {
	ms := a.people[pi].mentionIdx
	if len(ms) == 0 {
		return -1
	}
	return a.mentions[ms[len(ms)-1]].first
}

// addMention records a full-name mention, merging it with a known person
// when the names agree.
func (a *analysis) addMention(first, start, lim int, ev evidence, bySurname map[string][]int) {
	toks := a.d.toks
	words := make([]string, 0, lim-start) // one allocation, not one a doubling
	at := make([]int, 0, lim-start)       // the token of each word, whose lower case it has
	for k := start; k < lim; k++ {
		if toks[k].text == "," || toks[k].text == "." || a.isNickname(start, k) {
			continue
		}
		words = append(words, toks[k].text)
		at = append(at, k)
	}
	last := len(words) - 1
	for last > 0 && nameSuffixes.has(tokenLower(&toks[at[last]])) {
		last--
	}
	key := tokenSurnameKey(&toks[at[last]])
	if surnameFirst(words) {
		key = tokenSurnameKey(&toks[at[0]]) // "Lee said" of Lee Jae-sung
	}
	pi := -1
	for _, c := range bySurname[key] {
		if !sameName(a.people[c].words, words) {
			continue
		}
		// a surname alone goes to the one of that name mentioned last:
		// "Joe Biden ... Vice President Biden", not Hunter Biden named before
		if pi < 0 || len(words) == 1 && a.lastMention(c) > a.lastMention(pi) {
			pi = c
		}
		if len(words) > 1 {
			break
		}
	}
	if pi >= 0 && len(words) == 1 && len(bySurname[key]) > 1 {
		pi = a.nearestPerson(a.honorificFits(bySurname[key], start), start) // "Brandauer says" after two Brandauers
		if ev == evTitled && first < start && a.roleKind(start-1) == rHead {
			// "Vice President Biden" after Joe and then Hunter Biden: an
			// office goes to the one the story introduced first
			pi = a.withoutRelatives(bySurname[key])[0]
		}
	}
	if pi < 0 {
		p := a.newPerson(person{words: words, surname: key})
		if a.isGivenName(start) && lim-start > 1 {
			p.gender = a.lx.givenNames.get(toks[start].text)
			if p.gender == 'U' {
				p.gender = 0
			}
			p.nameGender = p.gender != 0
		}
		a.people = append(a.people, p)
		pi = len(a.people) - 1
		bySurname[key] = append(bySurname[key], pi)
	}
	p := a.people[pi]
	// the fullest form, and of two as full the one not in capitals: "Roy
	// Ray" over a transcript's "ROY RAY"
	if len(words) > len(p.words) || p.name == "" || len(words) == len(p.words) && inCapitals(p.name) && !inCapitals(toks[start].text) {
		p.words = words
		p.name = stripInvisible(a.nameText(start, lim))
		for _, k := range particleSurnames(words) {
			if !slices.Contains(bySurname[k], pi) {
				bySurname[k] = append(bySurname[k], pi)
			}
		}
		if k, ok := a.firstOfTwoSurnames(words); ok && len(bySurname[k]) == 0 && !a.titleCasedPara(start) {
			bySurname[k] = []int{pi}
		}
	}
	if ev == evTitled {
		p.titled = true
	}
	if ev == evGiven {
		p.given = true
	}
	a.linkMention(pi, first, start, lim)
}

// inCapitals reports a name written in capitals: "ROY RAY".
func inCapitals(s string) bool {
	return len(s) > 1 && strings.ToUpper(s) == s && strings.ToLower(s) != s
}

// surnameFirst reports a Korean name, surname first and a given name of
// two syllables joined by a hyphen ("Lee Jae-sung", "Kim Min-seok"): the
// first word is the one the story goes on with ("Lee said").
func surnameFirst(words []string) bool {
	if len(words) != 2 {
		return false
	}
	g := words[1]
	h := strings.IndexByte(g, '-')
	if h <= 0 || h+1 >= len(g) || strings.IndexByte(g[h+1:], '-') >= 0 {
		return false
	}
	r, _ := utf8.DecodeRuneInString(g[h+1:])
	return unicode.IsLower(r) && unicode.IsUpper([]rune(g)[0])
}

// particleSurnames lists the other keys by which a name with lower-case
// particles is cut short: the word after the particles ("de los Santos" of
// "Fernando de los Santos Ibarra") and the surname joined to the next by
// "i" or "y" ("Puigvert" of "Jordi Puigvert i Casals").
func particleSurnames(words []string) []string {
	var keys []string
	for i := 1; i+1 < len(words); i++ {
		w := words[i]
		if !nameParticles.has(w) || strings.ToLower(w) != w {
			continue
		}
		if (w == "i" || w == "y") && i > 1 {
			keys = append(keys, surnameKey(words[i-1]))
		}
		if i > 0 && nameParticles.has(words[i-1]) {
			continue
		}
		j := i
		for j < len(words) && nameParticles.has(words[j]) {
			j++
		}
		if j < len(words)-1 {
			keys = append(keys, surnameKey(words[j]))
		}
	}
	return keys
}

// firstOfTwoSurnames returns the key of the first of two surnames in a
// name of three or more words, by which Spanish copy goes on ("Medina
// said" of Arturo Medina Quezada, "Ospina" of Andrés Felipe Ospina de la
// Cruz): a name opened by a known given name, whose word before the last
// surname (past its particles) is no given name, initial or particle. Only a key no one else
// holds is given (the caller checks), so it never makes a surname
// ambiguous.
func (a *analysis) firstOfTwoSurnames(words []string) (string, bool) {
	n := len(words)
	if n < 3 {
		return "", false
	}
	// "Ospina" of "Andrés Felipe Ospina de la Cruz": the second surname
	// may open with lower-case particles
	b := n - 1
	for b > 1 && nameParticles.has(words[b-1]) {
		b--
	}
	if b < 2 && b < n-1 {
		return "", false // "Ursula von der Leyen": the particles follow the given name
	}
	w, last := words[b-1], strings.ToLower(words[n-1])
	// a headline's run ("Hillary Clinton Speaks") or a place before a
	// name ("La Fenice Viotti") is no name of two surnames
	if a.lx.givenNames.get(words[0]) == 0 || a.writtenLower(last) || a.writtenLower(strings.ToLower(w)) {
		return "", false
	}
	r, _ := utf8.DecodeRuneInString(w)
	if !unicode.IsUpper(r) || utf8.RuneCountInString(strings.TrimSuffix(w, ".")) < 3 || strings.Contains(w, "-") ||
		nameParticles.has(strings.ToLower(w)) || a.lx.givenNames.get(w) != 0 || nameSuffixes.has(strings.ToLower(words[n-1])) {
		return "", false
	}
	return surnameKey(w), true
}

// titleCasedPara reports a paragraph written in title case, as a headline
// is ("Hillary Clinton Speaks 'Directly To White People'"): most of its
// words capitalised.
func (a *analysis) titleCasedPara(i int) bool {
	para := a.d.paras[a.d.toks[i].para]
	words, caps := 0, 0
	for k := para.first; k < para.lim; k++ {
		if t := &a.d.toks[k]; t.kind == tWord {
			words++
			if t.cap {
				caps++
			}
		}
	}
	return words >= 4 && caps*10 > words*7
}

// sameName reports whether two forms name the same person: one is the
// other's surname, or their first names agree ("George W Bush", "George
// Bush"), or, in names written surname first, their given names.
func sameName(x, y []string) bool {
	if len(x) == 1 || len(y) == 1 {
		return true
	}
	fx, fy := strings.ToLower(x[0]), strings.ToLower(y[0])
	if fx == fy {
		// "Lee Jae-myung" and "Lee Sang-min" share a surname, not a given name
		return !surnameFirst(x) && !surnameFirst(y) || strings.EqualFold(x[len(x)-1], y[len(y)-1])
	}
	// "Al Mnajer" is the end of "Mohammad Al Mnajer"
	if isSuffix(x, y) || isSuffix(y, x) {
		return true
	}
	// "Del Castillo" of "María Fernanda del Castillo Arteaga"
	if particleRun(x, y) || particleRun(y, x) {
		return true
	}
	// an initial agrees with the name it abbreviates
	return (len(fx) == 1 && strings.HasPrefix(fy, fx)) || (len(fy) == 1 && strings.HasPrefix(fx, fy))
}

// particleRun reports a short form that opens with a particle and runs on
// inside the long name from a particle of its own, as Spanish and
// Portuguese copy cut a name with two surnames: "Del Castillo" and "De la
// Torre" of "Juan Pablo de la Torre Vinueza".
func particleRun(short, long []string) bool {
	if len(short) < 2 || len(short) >= len(long) || !nameParticles.has(strings.ToLower(short[0])) {
		return false
	}
	for i := 1; i+len(short) <= len(long); i++ {
		if !strings.EqualFold(long[i], short[0]) {
			continue
		}
		same := true
		for j := 1; j < len(short) && same; j++ {
			same = strings.EqualFold(long[i+j], short[j])
		}
		if same {
			return true
		}
	}
	return false
}

// isSuffix reports whether short is the last words of long.
func isSuffix(short, long []string) bool {
	if len(short) >= len(long) {
		return false
	}
	off := len(long) - len(short)
	for i, w := range short {
		if !strings.EqualFold(w, long[off+i]) {
			return false
		}
	}
	return true
}

func (a *analysis) linkMention(pi, prefix, start, lim int) {
	a.mentions = append(a.mentions, personMention{first: start, lim: lim, person: pi, prefix: prefix})
	mi := len(a.mentions) - 1
	a.people[pi].mentionIdx = append(a.people[pi].mentionIdx, mi)
	for k := start; k < lim; k++ {
		a.personAt[k] = int32(mi)
	}
}

// surnameSpeaks reports a one-word place at i, a surname of someone in
// the story, that a speech verb follows ("Washington said", "German
// told the paper"): a capital or an adjective alone before the verb is
// the person, not the state.
func (a *analysis) surnameSpeaks(i int) bool {
	toks := a.d.toks
	pm := a.places[a.placeAt[i]]
	return pm.first == i && pm.lim == i+1 && i+1 < len(toks) && a.peopleClass(i+1, pcSpeech) && !toks[i+1].cap
}

// nextToSpeechVerb reports "Allan said" or "said Allan".
func (a *analysis) nextToSpeechVerb(i int) bool {
	toks := a.d.toks
	return (i+1 < len(toks) && a.peopleClass(i+1, pcSpeech) && !toks[i+1].cap) ||
		(i > 0 && a.peopleClass(i-1, pcSpeech) && !toks[i-1].cap)
}

// byGivenName lists the people whose first name is w, from an index built
// on first use (pass 2 runs after every full name is known).
func (a *analysis) byGivenName(w string) []int {
	if a.givenIndex == nil {
		a.givenIndex = roomMap(&a.d.rooms.givenIndex)
		clear(a.givenIndex)
		a.givenSeen = [4]uint64{}
		for pi, p := range a.people {
			if len(p.words) > 1 && a.lx.givenNames.get(p.words[0]) != 0 {
				a.givenIndex[p.words[0]] = append(a.givenIndex[p.words[0]], pi)
				if w := p.words[0]; w != "" {
					b := shapeBit(w) & 255
					a.givenSeen[b>>6] |= 1 << (b & 63)
				}
			}
		}
	}
	if w != "" {
		if b := shapeBit(w) & 255; a.givenSeen[b>>6]&(1<<(b&63)) == 0 {
			return nil // no first name of the index has w's shape
		}
	}
	return a.givenIndex[w]
}

// nearestPerson picks, among people sharing a surname, the one "the elder"
// or "the younger" before it names, else the one mentioned last before
// token i, else the first one mentioned after it.
func (a *analysis) nearestPerson(cands []int, i int) int {
	if len(cands) == 1 {
		return cands[0] // most surnames: one person has it
	}
	if g, ok := a.generationPick(cands, i); ok {
		return g // "the elder Condori" after a son and "his father, Teodoro Condori"
	}
	if r := a.speakingRelative(cands, i); r >= 0 {
		return r // "The children's mother, Rosa Ortiz, said ... \"...,\" Ortiz said"
	}
	if f := a.surnameFit(cands, i); f >= 0 {
		return f // "Ms Mensah", "the 61-year-old Mensah", "Mensah said he"
	}
	cands = a.withoutRelatives(cands)
	best, bestTok := cands[0], -1
	for _, c := range cands {
		for _, mi := range a.people[c].mentionIdx {
			m := a.mentions[mi]
			if m.first < i && m.first > bestTok {
				best, bestTok = c, m.first
			}
		}
	}
	return best
}

// skipApposition steps over ", a leading Moscow-based expert," after a
// speaker's name, to the verb that follows it.
func (a *analysis) skipApposition(i int) int {
	toks := a.d.toks
	if i >= len(toks) || toks[i].text != "," {
		return i
	}
	for k := i + 1; k < len(toks) && k < i+20 && toks[k].para == toks[i].para; k++ {
		switch {
		case a.abbrevPeriod(k), a.ownerApostrophe(k) || a.pluralPossessive(k):
			// "chief economist at Gluskin Sheff Inc., said", "commander of
			// the Guards' ground forces, said": no sentence or quote ends
		case toks[k].kind == tQuote || toks[k].text == "." || toks[k].text == ";" || toks[k].text == ":":
			return i
		case toks[k].text == ",":
			return k + 1
		}
	}
	return i
}

// elderKin and youngerKin are nouns for relatives of an older and a
// younger generation.
var elderKin, youngerKin = wordList("elder-kin"), wordList("younger-kin")

// generationPick picks, after "the elder" or "the younger" before the
// surname at start, the one of people sharing it who is of that generation:
// the one introduced as a parent ("his father, Teodoro Condori") is the
// elder, the one introduced as a child the younger. It reports false
// unless exactly one person is oldest (or youngest).
func (a *analysis) generationPick(cands []int, start int) (int, bool) {
	toks := a.d.toks
	if start < 2 || toks[start-2].lower != "the" {
		return -1, false
	}
	sign := 0
	switch toks[start-1].lower {
	case "elder", "older":
		sign = 1
	case "younger":
		sign = -1
	default:
		return -1, false
	}
	best, bestGen, ties := -1, 0, 0
	for _, c := range cands {
		gen := sign * a.kinGeneration(c)
		switch {
		case best < 0 || gen > bestGen:
			best, bestGen, ties = c, gen, 0
		case gen == bestGen:
			ties++
		}
	}
	return best, ties == 0 && best >= 0
}

// kinGeneration is 1 for a person introduced by a noun for an elder
// relative, -1 for a younger one's, else 0.
func (a *analysis) kinGeneration(pi int) int {
	toks := a.d.toks
	for _, mi := range a.people[pi].mentionIdx {
		m := a.mentions[mi]
		b := m.prefix - 1
		if b > 0 && toks[b].text == "," {
			b--
		}
		if m.lim-m.first < 2 || b < 0 {
			continue
		}
		if elderKin.hasToken(&toks[b]) {
			return 1
		}
		if youngerKin.hasToken(&toks[b]) {
			return -1
		}
	}
	return 0
}

// introducedAsKin reports a person whose every full-name mention follows a
// noun for a relative: "her husband Michael Greenspan".
func (a *analysis) introducedAsKin(pi int) bool {
	toks := a.d.toks
	full := 0
	for _, mi := range a.people[pi].mentionIdx {
		m := a.mentions[mi]
		if m.lim-m.first < 2 {
			continue
		}
		full++
		b := m.prefix - 1
		if b > 0 && toks[b].text == "," {
			b--
		}
		if b < 0 || !a.peopleClass(b, pcKin) {
			return false
		}
	}
	return full > 0
}

// speakingRelative returns the one of people sharing a surname who is
// introduced as a relative in the paragraph of the surname at i, by a full
// name that a verb of saying follows ("The children's mother, Rosa Ortiz,
// said Maya had ..."): the surname after it is hers, not that of the
// person the story is about. It returns -1 when there is none.
func (a *analysis) speakingRelative(cands []int, i int) int {
	toks := a.d.toks
	best, bestTok := -1, -1
	for _, c := range cands {
		if !a.introducedAsKin(c) {
			continue
		}
		for _, mi := range a.people[c].mentionIdx {
			m := a.mentions[mi]
			if m.lim-m.first < 2 || m.first >= i || m.first < bestTok || toks[m.first].para != toks[i].para || m.lim+1 >= len(toks) {
				continue
			}
			if a.saysAt(m.lim) || toks[m.lim].text == "," && a.saysAt(m.lim+1) {
				best, bestTok = c, m.first
			}
		}
	}
	return best
}

// withoutRelatives drops, from people sharing a surname, those the article
// introduces only as someone's relative ("her husband Michael Greenspan"):
// the bare surname means the person the story is about. It keeps them all
// when none or all are relatives.
func (a *analysis) withoutRelatives(cands []int) []int {
	if len(cands) < 2 {
		return cands
	}
	var out []int
	for _, c := range cands {
		if !a.introducedAsKin(c) {
			out = append(out, c)
		}
	}
	if len(out) == 0 {
		return cands
	}
	return out
}

// mentionsInOrder lists mention indexes in text order, built once.
func (a *analysis) mentionsInOrder() []int {
	if a.mentionOrder == nil {
		a.mentionOrder = make([]int, len(a.mentions))
		for i := range a.mentionOrder {
			a.mentionOrder[i] = i
		}
		sort.Slice(a.mentionOrder, func(i, j int) bool {
			return a.mentions[a.mentionOrder[i]].first < a.mentions[a.mentionOrder[j]].first
		})
	}
	return a.mentionOrder
}

// inferGenders gives a gender to people the name finder left without one:
// from a noun for a relative before a mention ("her father Khaled", "his
// wife, Fouzia Al Hashish") or from a given name written alone.
func (a *analysis) inferGenders() {
	toks := a.d.toks
	for _, m := range a.mentions {
		p := a.people[m.person]
		if p.gender != 0 {
			continue
		}
		b := m.prefix - 1
		if b > 0 && toks[b].text == "," {
			b--
		}
		if b >= 0 {
			if g := a.lx.kin[toks[b].lower]; g == 'M' || g == 'F' {
				p.gender = g
				continue
			}
		}
		if g := a.appositionKinGender(m.lim); g != 0 {
			p.gender = g // "Savonnie McNeil of Shelton, a father of four,"
			continue
		}
		if len(p.words) == 1 {
			if g := a.lx.givenNames.get(p.words[0]); g == 'M' || g == 'F' {
				p.gender, p.nameGender = g, true
			}
		}
	}
}

// appositionKinGender is the gender of a noun for a relative that heads
// an apposition after a name ending at lim, past "of PLACE" and an age:
// "NAME, a father of four,", "NAME of Shelton, 37, the victim's sister";
// 0 when none ("NAME, whose father ..." describes someone else).
func (a *analysis) appositionKinGender(lim int) byte {
	toks := a.d.toks
	k := a.pastOfPlace(lim)
	if k >= len(toks) || toks[k].text != "," {
		return 0
	}
	k++
	if k+1 < len(toks) && toks[k].kind == tNum && toks[k+1].text == "," {
		k += 2 // an age
	}
	if k >= len(toks) || toks[k].lower != "a" && toks[k].lower != "an" && toks[k].lower != "the" {
		return 0 // "NAME, her husband (right)" lists two people
	}
	for e := k + 1; e < len(toks) && e < k+4 && toks[e].sent == toks[lim-1].sent; e++ {
		g := a.lx.kin[toks[e].lower]
		if g == 'M' || g == 'F' {
			if b := toks[e-1].lower; e == k+1 || b == "'s" {
				return g // "a father of four", "the victim's sister"
			}
			return 0
		}
	}
	return 0
}

// pastOfPlace returns the token after "of" and up to three capitalised
// words at k ("Savonnie McNeil of Shelton"), else k.
func (a *analysis) pastOfPlace(k int) int {
	toks := a.d.toks
	if k+1 >= len(toks) || toks[k].lower != "of" || !toks[k+1].cap {
		return k
	}
	e := k + 1
	for e < len(toks) && e < k+4 && toks[e].cap && toks[e].kind == tWord {
		e++
	}
	return e
}

// personLike reports a person found by the name finder who may be the
// "he" or "she" of a later sentence: not an acronym such as "EDC", not a
// contraction such as "I’m".
func (a *analysis) personLike(p *person) bool {
	if len(p.words) == 1 && (isAcronym(p.words[0]) || isCallSign(p.words[0])) {
		return false
	}
	return !isPronounContraction(p.words[0])
}

// isPronounContraction reports "I’m", "We're", "They’d": a pronoun and a
// verb run together, no name.
func isPronounContraction(w string) bool {
	// the first apostrophe of either kind, found in one loop over the
	// word's bytes: strings.IndexAny with a non-ASCII mark in its set is
	// slow, and two searches (one for each mark) cost more than the few
	// bytes of a name
	i := -1
	for k := 0; k < len(w); k++ {
		if w[k] == '\'' || w[k] == "’"[0] && strings.HasPrefix(w[k:], "’") {
			i = k
			break
		}
	}
	if i <= 0 {
		return false
	}
	for _, pr := range []string{"i", "we", "you", "they", "he", "she", "it", "that", "there", "what", "who"} {
		if strings.EqualFold(w[:i], pr) {
			return true
		}
	}
	return false
}

// isCallSign reports a broadcaster's call sign or a body's code, capitals
// joined by a hyphen or digits: "KXYZ-TV", "WSB-TV", "LS2". No one's name.
func isCallSign(w string) bool {
	if len(w) < 3 || len(w) > 10 {
		return false
	}
	letters := 0
	for _, r := range w {
		switch {
		case r >= 'A' && r <= 'Z':
			letters++
		case r >= '0' && r <= '9', r == '-':
		default:
			return false
		}
	}
	return letters >= 2 && letters < len(w)
}

// personNoun reports a lower-case noun for a person: a human noun, a role,
// or an agent noun by its ending ("engineer", "proprietor", "novelist").
func (a *analysis) personNoun(k int) bool {
	t := a.d.toks[k]
	if a.listedPersonNoun(k) || strings.HasSuffix(t.lower, "-year-old") {
		return true
	}
	if t.kind != tWord || t.cap || len(t.lower) < 6 || npFunctionWords.hasToken(&t) || npStop.hasToken(&t) {
		return false
	}
	return agentEnding(t.lower)
}

// agentEnding reports a word with an ending of nouns for people
// ("engineer", "proprietor", "novelist", "militants") that names no animal
// ("pheasants", "lobsters": not-agent).
func agentEnding(w string) bool {
	return hasAnySuffix(w, agentSuffixes) && !notAgents.has(singular(w))
}

// notAgents end as nouns for people do but name animals.
var notAgents = wordList("not-agent")

// listedPersonNoun reports a word that the word lists hold as a noun for
// a person: a human noun, a person noun or a role.
func (a *analysis) listedPersonNoun(k int) bool {
	t := a.d.toks[k]
	return humanNouns.hasToken(&t) || humanNouns.has(singular(t.lower)) || a.lx.personNouns[singular(t.lower)] || a.roleKind(k) == rHead || a.roleKind(k) == rWeak || partyMembers.hasToken(&t)
}

// agentSuffixes end nouns for people: "engineer", "proprietor", "novelist",
// "shopkeeper" (sk13).
var agentSuffixes = []string{"eer", "ier", "ter", "ner", "ker", "ger", "tor", "sor", "ist", "ian", "ant", "ent", "keeper"}
