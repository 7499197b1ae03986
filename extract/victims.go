package extract

import (
	"strings"
)

// The victims of a death figure: the noun phrases that name the people
// killed, read one by one and counted ("his wife and four daughters" is
// five, "Marcus Bell, 34, and Tyrone Hayes, 29," two). A list is read only
// where every item can be counted; "the victims" or "his children" count
// nobody, so a list holding them is no figure.

// listRole is the place of a victim list in its clause: the pronouns that
// may stand in it differ.
type listRole uint8

const (
	asSubject listRole = iota // "he", "she": "she died at the scene"
	asObject                  // "him", "her", "himself": "killing him"
	asNominal                 // after "the death of": no pronouns
)

// victimList is a list of victims read from the text.
type victimList struct {
	count  int64
	first  int // first token of the first item
	lim    int // index after the list, its appositions included
	approx bool
	items  int
	self   bool // the list is "himself" or "herself" alone
	// anaphoric: the list is one person referred back to ("he", "the
	// victim", "Kerrigan" named before), who may be counted in a larger
	// figure already
	anaphoric bool
}

// victimWord reports a noun for people ("civilians", "man", "wife").
func (a *analysis) victimWord(w string) bool {
	return a.victimKindOf(w)&(vPlural|vSingle|vKin|vKinPlural) != 0
}

// pluralPeopleNoun reports a lower-case plural noun for people beyond the
// victim lexicon: one the word lists hold for a person ("candidates") or
// one in an agent suffix ("dissidents", "protesters").
func (a *analysis) pluralPeopleNoun(k int) bool {
	t := a.d.toks[k]
	if t.kind != tWord || t.cap || len(t.lower) < 5 || !strings.HasSuffix(t.lower, "s") || npFunctionWords.hasToken(&t) {
		return false
	}
	return a.listedPersonNoun(k) || len(t.lower) >= 7 && agentEnding(singular(t.lower))
}

// pluralAgentNoun is pluralPeopleNoun's test of an agent suffix alone, for
// callers that ask listedPersonNoun themselves.
func (a *analysis) pluralAgentNoun(k int) bool {
	t := a.d.toks[k]
	if t.kind != tWord || t.cap || len(t.lower) < 7 || !strings.HasSuffix(t.lower, "s") || npFunctionWords.hasToken(&t) {
		return false
	}
	return agentEnding(singular(t.lower))
}

// victimKindOf returns the victim kinds of a word, or of a compound that
// ends in a listed head noun ("schoolteacher", "shopkeepers").
func (a *analysis) victimKindOf(w string) victimKind {
	if w == "" {
		return 0
	}
	// every word of the list has some kind (addVictimWord sets a bit), so
	// the index's zero is the map's miss; the index is keyed by shapeBit,
	// not the whole word hashed (some 40 rules ask, most of a word not in
	// the list)
	if k := a.lx.victimIndex.get(w, shapeBit(w)); k != 0 {
		return k
	}
	return a.lx.compoundVictimKind(w)
}

// compoundVictimKind returns the count kinds of a word written as a prefix
// of at least three letters (with or without a hyphen) and a head the
// victim list marks as one that makes people nouns: "schoolteacher" counts
// as "teacher", "shopkeepers" as "keepers", "co-owner" as "owner". Only
// heads whose compounds all name people are marked, so "carmaker" and
// "examiner" stay out.
func (lx *lexicon) compoundVictimKind(w string) victimKind {
	for i := 1; i+3 <= len(w); i++ {
		c := w[i-1]
		if c != '-' && (c < 'a' || c > 'z') {
			return 0
		}
		if i < 3 {
			continue
		}
		// a head's shape first: most tails of a word are no head, and are
		// passed over without hashing them
		if h := w[i:]; lx.victimHeads.holds(shapeBit(h)) {
			if k := lx.victims[h]; k&vHead != 0 {
				return k & (vPlural | vSingle)
			}
		}
		if c == '-' {
			return 0 // one hyphen at most, right before the head
		}
	}
	return 0
}

// readVictims reads a list of victims starting at token j: items joined by
// commas and "and", each with its appositions ("Bell, 34, of Tyler,").
func (a *analysis) readVictims(j int, role listRole) (victimList, bool) {
	toks := a.d.toks
	n, lim, approx, ok := a.victimItem(j, role, false)
	if !ok || !a.itemInPara(j, n, &lim) {
		// "Leaves 1 Dead, 3 Injured" over "One person was dead": a
		// headline's words are no victim of the next paragraph
		return victimList{}, false
	}
	l := victimList{count: n, first: j, lim: victimsParaEnd(toks, j, a.skipAppositions(lim, a.personAtTok(lim-1) >= 0)), approx: approx, items: 1}
	l.lim = a.unitAfterItem(n, l.lim) // "A soldier of the Frontier Corps and three militants"
	l.self = n == 1 && (toks[j].lower == "himself" || toks[j].lower == "herself")
	l.anaphoric = n == 1 && a.anaphoric(j)
	last := n // the count of the last item read
	// "Two children, Mateo Ruiz, 8, and Lily Chen, 9, died": names in an
	// apposition to a counted item are its members, and so are the names
	// joined to them
	members := n > 1 && a.hasPerson(lim, l.lim)
	named := int64(1) // the members named so far: one in the apposition
	for k := l.lim; k < len(toks) && toks[k].sent == toks[j].sent && toks[k].para == toks[j].para && l.items < 12; {
		next, sep := a.victimSeparator(k, last, role)
		if !sep {
			return l, true
		}
		if role == asObject && next+1 < len(toks) && toks[next].lower == "then" && (toks[k].lower == "and" || toks[k].text == ",") {
			// "killed his wife and then himself": the last victim is put
			// after "then", still an object of the same verb
			next++
		}
		if next >= len(toks) {
			return l, true
		}
		m, mlim, mapprox, ok := a.victimItem(next, role, true)
		if !ok && toks[k].lower == "and" && l.items > 1 {
			// "3,200 militants and about 1,000 soldiers and police
			// officers": the last counted group has two nouns (one group
			// alone is the number rule's)
			if e := a.sharedCountNoun(next, last); e > next {
				l.lim, k = e, e
				continue
			}
		}
		if e := a.bareSecond(l, next); !ok && (toks[k].lower == "and" || toks[next-1].lower == "and" || toks[k].text == ",") && e > next {
			m, mlim, mapprox, ok = 1, e, false, true // "a man and woman", "his wife, son and daughter"
		}
		if !ok && toks[next-1].lower == "and" && toks[next].cap && a.personAtTok(l.first) >= 0 {
			// "Chadney, Kara, Koi, and Kaleigh" with the last name unknown:
			// a count of some of the named
			return victimList{}, false
		}
		if !ok || !a.itemInPara(j, m, &mlim) || toks[k].text == "," && (mlim < len(toks) && a.lx.speech[toks[mlim].lower] != "" || a.longAttribution(k)) {
			return l, true // "the shooting of Maleki Parker, Biehl said": the speaker is no item
		}
		e := victimsParaEnd(toks, j, a.skipAppositions(mlim, a.personAtTok(mlim-1) >= 0))
		if next == k+1 && toks[k].text == "," && (a.describesNamed(l, next, e) || m == 1 && (a.namesTheOne(l, k, mlim) || a.rankedDescribed(l, next, e))) {
			// "Thomas Carlson, the 50-year-old man found dead": the
			// named person described, no second item; so is "a fifth
			// victim, a store clerk"
			l.lim, k = e, e
			continue
		}
		// a kin named in its own apposition is a member too, while the
		// members named fall short of the count: "The two victims,
		// identified as NAME, 29, and her brother, NAME, 33,"
		member := members && m == 1 && (a.personAtTok(next) >= 0 || named < n && a.namedKinAt(next, mlim, e))
		if member {
			named++
		} else {
			l.count += m
		}
		last = m
		l.approx = l.approx || mapprox
		l.items++
		l.self, l.anaphoric = false, false
		l.lim, k = e, e
	}
	return l, true
}

// namedKinAt reports a kin of a victim named before, glossed by a name
// in its apposition: "her brother, Curtis Boyd, 33" (the item at next,
// its noun ending at mlim, its apposition ending at e); not "a woman,
// Lily Chen, 39", who may be another victim.
func (a *analysis) namedKinAt(next, mlim, e int) bool {
	toks := a.d.toks
	if next+1 >= len(toks) || !personalPossessives.hasToken(&toks[next]) || a.victimKindOf(toks[next+1].lower)&vKin == 0 {
		return false
	}
	return a.hasPerson(mlim, e)
}

// victimSeparator returns where the next victim item starts after the
// separator at k ("and", a comma or semicolon, either before "and"), and
// whether k separates items at all.
func (a *analysis) victimSeparator(k int, last int64, role listRole) (int, bool) {
	toks := a.d.toks
	switch {
	case toks[k].lower == "and":
		return k + 1, true
	case (toks[k].text == "," || toks[k].text == ";") && k+1 < len(toks) && toks[k+1].lower == "and":
		return k + 2, true
	case toks[k].text == "," || toks[k].text == ";":
		return k + 1, true
	case toks[k-1].text == "," && last == 1 && a.itemBeforeSeparator(k, role):
		// the comma that closed an aside parts the items too: "Maria
		// Lopez, 34, her son, 12, and Jose Lopez"; after a counted
		// item the names are its members ("the four girls, Ana, 14,
		// Rosa Diaz, 11")
		return k, true
	}
	return k, false
}

// itemInPara reports a victim item of count n that ends at *lim within
// the paragraph of token j. One person read on into the next paragraph
// ("her son" over "Tom Bell, her neighbour, testified") is cut back to
// its own; a count is not ("3 Injured" over "One person was dead").
func (a *analysis) itemInPara(j int, n int64, lim *int) bool {
	e := victimsParaEnd(a.d.toks, j, *lim)
	if e == *lim {
		return true
	}
	if n != 1 || e <= j {
		return false
	}
	*lim = e
	return true
}

// victimsParaEnd returns lim, or the first token from j on before lim that
// opens another paragraph than j's: a list of victims ends with its
// paragraph, though a headline's sentence may run on into the next
// ("Justin Burns, 14" over "A teen was shot") where no stop parts them.
func victimsParaEnd(toks []token, j, lim int) int {
	for k := j + 1; k < lim && k < len(toks); k++ {
		if toks[k].para != toks[j].para {
			return k
		}
	}
	return lim
}

// describesNamed reports a phrase at j, after the comma that follows the
// one named person of l, that describes that person rather than adds
// another: one person opened by "the", "a" or "an", ending at e where no
// "and" goes on with the list ("Thomas Carlson, the 50-year-old man found
// dead"; not "Ann Lee, a neighbour and her son").
func (a *analysis) describesNamed(l victimList, j, e int) bool {
	toks := a.d.toks
	if l.items != 1 || l.count != 1 || a.personAtTok(l.first) < 0 || j >= len(toks) {
		return false
	}
	if w := toks[j].lower; w != "the" && w != "a" && w != "an" {
		return false
	}
	for k := e; k < len(toks) && k < e+2 && toks[k].sent == toks[j].sent; k++ {
		if toks[k].lower == "and" || toks[k].lower == "or" || toks[k].text == ";" {
			return false
		}
		if toks[k].text != "," {
			break
		}
	}
	return true
}

// namesTheOne reports an item after the comma at k that names the one
// unnamed person of l with a bare title: "his wife, businesswoman Diane
// McIver" is one person, "his wife, daughter and son" three.
func (a *analysis) namesTheOne(l victimList, k, mlim int) bool {
	toks := a.d.toks
	if l.items != 1 || l.count != 1 || a.hasPerson(l.first, k) || k+1 >= len(toks) {
		return false
	}
	p := k + 1
	if e := a.ageAt(p); e > p {
		p = e // "his father, 47-year-old Ben Cole"
	}
	if m := a.personAtTok(p); m >= 0 && a.mentions[m].first == p && !victimListGoesOn(toks, mlim) {
		// "shot the boy's mother, Ann Cole during a raid": a name after
		// one comma that no separator follows is the apposition of the
		// one, since a list of two joins its items with "and"
		return true
	}
	t := &toks[k+1]
	if t.kind != tWord || t.cap || npFunctionWords.hasToken(t) || possessivePronoun(t.lower) {
		return false
	}
	// "a woman, teenager Lisa Brown and a man": "and" right after the
	// name goes on with a list
	return a.hasPerson(k+2, mlim) && (mlim >= len(toks) || toks[mlim].lower != "and")
}

// victimListGoesOn reports a separator at e that may join a further item: a
// comma, a semicolon or "and".
func victimListGoesOn(toks []token, e int) bool {
	return e < len(toks) && (toks[e].text == "," || toks[e].text == ";" || toks[e].lower == "and")
}

// sharedCountNoun returns the end of a bare plural noun for people at j,
// after "and", that shares the count of the item before it (of last
// people): "1,000 soldiers and police officers", "12 soldiers and
// militiamen". It returns j when there is none: a determiner, a number or
// a capitalised word opens another item or none.
func (a *analysis) sharedCountNoun(j int, last int64) int {
	toks := a.d.toks
	if last < 2 || j >= len(toks) || toks[j].kind != tWord || toks[j].cap {
		return j
	}
	if _, lim := a.lx.personnel.match(toks, j, true); lim > j {
		return lim
	}
	if a.victimKindOf(toks[j].lower)&vPlural != 0 || a.pluralPeopleNoun(j) {
		return j + 1
	}
	return j
}

// itemBeforeSeparator reports a victim at k that a separator or the
// sentence's end follows, past its asides: an item of the list, not the
// subject of a clause ("Bell, 34, her neighbour said").
func (a *analysis) itemBeforeSeparator(k int, role listRole) bool {
	toks := a.d.toks
	_, lim, _, ok := a.victimItem(k, role, true)
	if !ok {
		return false
	}
	e := a.skipAppositions(lim, a.personAtTok(lim-1) >= 0)
	if e >= len(toks) || toks[e].sent != toks[k].sent {
		return true
	}
	switch toks[e].text {
	case ",", ";", ".":
		return true
	}
	return toks[e].lower == "and" || toks[e-1].text == ","
}

// bareSecond returns the end of a second person named by a bare noun
// after "a ... and" or "the ... and": "a man and woman", "a mother and child", not "a
// father and student", who is one person; or a kin noun after "his ...",
// joined by "and" or a comma, with adjectives before it: "his father, Sam
// Reed, 55, and brother", "his wife, son and daughter", "his mom and
// younger brother". It returns j when there is none.
func (a *analysis) bareSecond(l victimList, j int) int {
	toks := a.d.toks
	if j >= len(toks) || toks[j].lower == toks[l.lim-1].lower {
		return j
	}
	first := l.first
	if toks[first].lower == "both" {
		first++ // "both his wife and daughter"
	}
	e := j
	for e < j+2 && e+1 < len(toks) && a.victimKindOf(toks[e].lower) == vAdj {
		e++ // "a mother, son and little girl", "his mom and younger brother"
	}
	switch toks[first].lower {
	case "a", "an", "the": // "the man and woman killed in the shooting"
		if a.victimKindOf(toks[e].lower)&(vBasic|vKin) == 0 {
			return j
		}
		if e == j && l.items == 1 && toks[j-1].lower == "and" && toks[j-2].text != "," {
			return j + 1
		}
		if a.bareNounsSince(first+1, j) {
			return e + 1 // "a mother, father, and toddler", "a man, woman and child"
		}
	case "his", "her", "their":
		// not "his wife and mother of three", one person
		if a.victimKindOf(toks[e].lower)&vKin != 0 && (e+1 >= len(toks) || toks[e+1].lower != "of") {
			return e + 1
		}
	}
	return j
}

// bareNounsSince reports a run of bare nouns for people from k up to j,
// parted by commas and "and": the items so far of "a mother, father, and
// toddler", each one person.
func (a *analysis) bareNounsSince(k, j int) bool {
	toks := a.d.toks
	nouns := 0
	for ; k < j; k++ {
		switch {
		case toks[k].text == "," || toks[k].lower == "and":
		case toks[k].kind == tWord && !toks[k].cap && a.victimKindOf(toks[k].lower)&(vBasic|vKin) != 0:
			nouns++
		default:
			return false
		}
	}
	return nouns > 0 && toks[j-1].text == "," || nouns > 1
}

// anaphoric reports an item that refers back to someone: a pronoun, a
// definite description ("the victim"), a person named earlier.
func (a *analysis) anaphoric(j int) bool {
	toks := a.d.toks
	switch toks[j].lower {
	case "he", "she", "him", "the":
		return true
	case "her":
		// "her nine-year-old son died": a possessive opens a new person,
		// as "his" does; "killed her" refers back
		return j+1 >= len(toks) || !a.nounPhraseStart(j+1)
	case "one":
		// "one of them", "one of the men"; not when "them" are the hurt
		// of the sentence before, whose death is news of its own
		return j+1 < len(toks) && toks[j+1].lower == "of" && !a.hurtAntecedent(j)
	}
	if m := a.personAt[j]; m >= 0 {
		p := a.people[a.mentions[m].person]
		return len(p.mentionIdx) > 0 && a.mentions[p.mentionIdx[0]].first < j
	}
	return false
}

// hurtAntecedent reports "one of them" at j after a sentence that tells
// people hurt or taken to hospital and no death: "Six others were taken to
// hospitals with gunshot wounds. One of them, NAME, died Monday."
func (a *analysis) hurtAntecedent(j int) bool {
	toks := a.d.toks
	if j+2 >= len(toks) || toks[j+2].lower != "them" || toks[j].sent == 0 {
		return false
	}
	prev := a.d.sents[toks[j].sent-1]
	hurt := false
	for k := prev.first; k < prev.lim; k++ {
		kinds, _ := a.deathKindsAt(k)
		if hasKind(kinds, dPassive) || hasKind(kinds, dIntrans) || hasKind(kinds, dAdj) || hasKind(kinds, dNoun) || hasKind(kinds, dActive) {
			return false
		}
		hurt = hurt || hasKind(kinds, dHurt) || hospitalWords.hasToken(&toks[k])
	}
	return hurt
}

// victimItem reads one victim phrase at j and returns how many people it
// names. inList allows a bare noun after "and": "a man and woman".
func (a *analysis) victimItem(j int, role listRole, inList bool) (int64, int, bool, bool) {
	toks := a.d.toks
	if j >= len(toks) {
		return 0, j, false, false
	}
	t := toks[j]
	switch t.lower {
	case "he", "she":
		return 1, j + 1, false, role == asSubject
	case "him", "himself", "herself":
		return 1, j + 1, false, role == asObject
	case "self":
		return 1, j + 1, false, role == asObject && inList // a headline's "kills infant, self"
	case "her":
		if role == asObject && (j+1 >= len(toks) || !a.nounPhraseStart(j+1)) {
			return 1, j + 1, false, true
		}
		return a.possessedVictim(j + 1)
	case "his", "their", "its", "our", "my":
		return a.possessedVictim(j + 1)
	case "both":
		return a.bothVictims(j+1, role, inList)
	case "they", "we", "them", "us":
		// "they both died", "killed them both": "both" after the pronoun
		// counts it; a pronoun alone counts no one
		subj := t.lower == "they" || t.lower == "we"
		if j+1 < len(toks) && toks[j+1].lower == "both" && subj == (role == asSubject) && !inList {
			return 2, j + 2, false, true
		}
		return 0, j, false, false
	case "all":
		// "both pilots and all 62 passengers": a whole counted group after
		// the first item (a list's first "all 62" is the number rules')
		if n, ok := a.d.parseNumber(j + 1); ok && inList && n.first == j+1 && !n.age && !n.vague && n.value > 1 && !a.isYear(n) {
			return a.countedVictims(n, role, inList)
		}
		return 0, j, false, false
	case "a", "an", "another":
		if lim, n, ok := a.victimPhrase(j + 1); ok {
			if n == 1 && possessiveAt(toks, lim) {
				return a.ownedVictim(lim) // "a neighbour's two children"
			}
			return n, lim, false, true
		}
		return 0, j, false, false
	case "the":
		return a.definiteVictim(j + 1)
	}
	return a.bareVictim(j, role, inList)
}

// bareVictim reads a victim phrase at j that no pronoun or determiner
// opens: a named or titled person, an age, a number, a lone name beside
// the verb or a headline's victims; victimItem's results.
func (a *analysis) bareVictim(j int, role listRole, inList bool) (int64, int, bool, bool) {
	toks := a.d.toks
	if m := a.personAt[j]; m >= 0 && a.mentions[m].first == j || m >= 0 && a.mentions[m].prefix == j {
		lim := a.mentions[m].lim
		if lim < len(toks) && toks[lim].lower == "'s" {
			return a.possessedVictim(lim + 1)
		}
		return 1, lim, false, true
	}
	if m := a.titledPersonAt(j); m >= 0 {
		return 1, a.mentions[m].lim, false, true // "killed Deputy Interior Minister Rodolfo Illanes"
	}
	if e := a.titledNameEnd(j); e > j {
		return 1, e, false, true // "Private Tomas Ortiz", a name the people pass left
	}
	if e := a.titledByNoun(j); e > j {
		return 1, e, false, true // "firefighter Ann Lee"
	}
	if e := a.placeOwnedRole(j, false); e > j {
		return 1, e, false, true // "Uruapan's mayor was shot dead"
	}
	if age := a.ageAt(j); age > j {
		// "46-year-old Theresa Brown", "a 16 year old", "the 6-year-old"
		if m := a.personAtTok(age); m >= 0 && a.mentions[m].first == age {
			return 1, a.mentions[m].lim, false, true
		}
		if lim, n, ok := a.victimPhrase(j); ok {
			return n, lim, false, true
		}
		return 0, j, false, false
	}
	if n, ok := a.d.parseNumber(j); ok && !n.age && !n.vague && n.value > 0 && n.hedge == j && !a.isYear(n) && !a.notACount(n) {
		return a.countedVictims(n, role, inList)
	}
	if a.loneNameAt(j) && (role == asObject && (j+1 >= len(toks) || toks[j+1].kind == tPunct && toks[j+1].text != "." || a.isClauseWord(toks[j+1].lower)) ||
		role == asSubject && a.beingKilled(j+1)) {
		// "killing Lewis", "saw Brennan being shot and killed": a
		// capitalised word alone beside the verb names a person
		return 1, j + 1, false, true
	}
	if role == asSubject && !inList && a.nameBeforeAge(j) && a.clauseStart(j) && (j == 0 || toks[j-1].text != ";" && toks[j-1].lower != "and") {
		return 1, j + 1, false, true // "Ahmed, 12, succumbed to his injuries"
	}
	if n, e, ok := a.headlineVictims(j, role); ok && !inList {
		return n, e, false, true
	}
	return a.hedgedVictims(j, role, inList)
}

// bothVictims reads the victims after "both", whose next word is at k:
// "both of them" and "both pilots" are 2, "both the man and the boy" lets
// the items after it count themselves.
func (a *analysis) bothVictims(k int, role listRole, inList bool) (int64, int, bool, bool) {
	toks := a.d.toks
	if k < len(toks) && toks[k].lower == "of" && k+1 < len(toks) && toks[k+1].lower == "them" {
		return 2, k + 2, false, true
	}
	if w := toks[min(k, len(toks)-1)].lower; k < len(toks) && !inList && (w == "the" || w == "a" || w == "an" || w == "his" || w == "her" || w == "their" || a.personAtTok(k) >= 0) {
		// "found both the man and the boy dead": "both ... and" joins
		// the items that follow, which count themselves
		return a.victimItem(k, role, inList)
	}
	if k < len(toks) && a.victimKindOf(toks[k].lower)&(vPlural|vKinPlural) != 0 {
		return 2, k + 1, false, true
	}
	return 2, k, false, role != asNominal
}

// loneNameAt reports a capitalised word at j inside a sentence that the
// gazetteers do not hold as a place, a body or a role: a name the people
// pass did not know, such as a surname alone.
func (a *analysis) loneNameAt(j int) bool {
	t := a.d.toks[j]
	return t.kind == tWord && t.cap && !t.sentStart && a.placeAt[j] < 0 && a.orgAt[j] < 0 &&
		!notNameWords.hasToken(&t) && a.lx.roles[t.lower] == 0
}

// hedgedVictims reads a hedged number of victims at j: "at least two others".
func (a *analysis) hedgedVictims(j int, role listRole, inList bool) (int64, int, bool, bool) {
	toks := a.d.toks
	for _, h := range hedgesBefore {
		if j+len(h) >= len(toks) {
			continue
		}
		match := true
		for m, w := range h {
			if toks[j+m].lower != w {
				match = false
				break
			}
		}
		if match {
			if n, ok := a.d.parseNumber(j + len(h)); ok && !n.age && !n.vague && n.value > 0 {
				c, lim, _, ok := a.countedVictims(n, role, inList)
				return c, lim, true, ok
			}
		}
	}
	return 0, j, false, false
}

// countedVictims reads the people after a number: "four daughters", "two of
// the victims", "12 Riverdale High School students", or the number alone
// where the phrase ends ("killing 12.").
func (a *analysis) countedVictims(n number, role listRole, inList bool) (int64, int, bool, bool) {
	toks := a.d.toks
	k := n.lim
	if k+1 < len(toks) && toks[k].lower == "of" {
		switch toks[k+1].lower {
		case "them", "whom":
			return n.value, k + 2, n.approx, true
		case "those":
			if k+2 < len(toks) && a.victimKindOf(toks[k+2].lower)&(vPlural|vKinPlural) != 0 {
				return n.value, k + 3, n.approx, true // "two of those men"
			}
			return n.value, k + 2, n.approx, true
		case "the", "his", "her", "their", "its", "our", "my", "your":
			// "one of the male victims", "two of her sons", "eleven of our neighbours"
			e := k + 2
			for e < len(toks) && e < k+4 && e+1 < len(toks) && a.modifiesVictims(e) {
				e++
			}
			if e < len(toks) && (a.victimKindOf(toks[e].lower)&(vPlural|vKinPlural) != 0 || passiveNouns.hasToken(&toks[e])) {
				return n.value, e + 1, n.approx, true
			}
		}
	}
	if lim, ok := a.victimTail(k); ok {
		return n.value, lim, n.approx, true
	}
	if role == asObject && !inList && (k >= len(toks) || toks[k].kind == tPunct || toks[k].lower == "and") {
		return n.value, k, n.approx, true
	}
	return 0, k, false, false
}

// modifiesVictims reports a modifier at e before the victim noun of a
// part: an adjective of victims ("the male victims", though "male" is a
// noun of one too) or a cause ("the shooting victims").
func (a *analysis) modifiesVictims(e int) bool {
	w := a.d.toks[e].lower
	if a.victimKindOf(w)&vAdj != 0 {
		return !a.victimWord(w) || a.victimWord(a.d.toks[e+1].lower)
	}
	return !a.victimWord(w) && a.causeBeforeVictims(e)
}

// titledPersonAt returns the mention of a person named after a title
// that starts at j ("Deputy Interior Minister Rodolfo Illanes", "Police
// Chief John Smith", "Court Officer Ron Hale", "Sheriff's Deputy Ana
// Ruiz"), else -1.
func (a *analysis) titledPersonAt(j int) int {
	toks := a.d.toks
	k := j
	for k < len(toks) && k < j+6 && a.personAt[k] < 0 && a.titleRunWord(j, k) {
		k++
	}
	if k == j || k >= len(toks) || toks[k].para != toks[j].para {
		// a headline line without a stop ends in a place: "... - Memphis,
		// Tennessee" before the paragraph that opens with a name
		return -1
	}
	if m := a.personAt[k]; m >= 0 && a.mentions[m].first == k {
		return int(m)
	}
	return -1
}

// titledByNoun returns the end of the name that a lower-case singular
// noun for a person at j stands before, the name's own title: "firefighter
// Ann Lee", "engineer Sam Ortiz", "friend Tasha Cole"; j when there is
// none or the name is one word.
func (a *analysis) titledByNoun(j int) int {
	toks := a.d.toks
	if j+1 >= len(toks) || toks[j].kind != tWord || toks[j].cap || plural(toks[j].lower) {
		return j
	}
	m := a.personAt[j+1]
	if m < 0 || a.mentions[m].first != j+1 || a.mentions[m].lim < j+3 {
		// a given name alone may be one of several words the people
		// pass did not take ("Jojo and his father Joe")
		return j
	}
	if a.victimKindOf(toks[j].lower)&(vSingle|vKin) != 0 || a.roleKind(j) != 0 || len(toks[j].lower) >= 6 && agentEnding(toks[j].lower) {
		return a.mentions[m].lim
	}
	return j
}

// titleRunWord reports a word at k of a title run that starts at j: a
// title word, a capitalised noun for a person ("Trooper", "Supervisor"),
// a capitalised word before one ("Court Officer", "State Trooper") or a
// possessive inside the run ("Sheriff's Deputy").
func (a *analysis) titleRunWord(j, k int) bool {
	toks := a.d.toks
	t := &toks[k]
	if t.cap && a.titleWordAt(k) {
		return true
	}
	if t.text == "." && k > j && !t.spaceBefore && a.roleKind(k-1) != 0 {
		return true // the stop of an abbreviated rank: "Capt. Ray Holt"
	}
	nounNext := k+1 < len(toks) && toks[k+1].cap && a.capitalPersonNoun(k+1)
	if t.lower == "'s" {
		return k > j && nounNext
	}
	return t.kind == tWord && t.cap && (a.capitalPersonNoun(k) || nounNext)
}

// capitalPersonNoun reports a capitalised noun for a person at k, as a
// title written before a name: "Trooper", "Supervisor", "Bailiff".
func (a *analysis) capitalPersonNoun(k int) bool {
	t := &a.d.toks[k]
	if t.kind != tWord || !t.cap || a.personAt[k] >= 0 {
		return false
	}
	if a.roleKind(k) != 0 || a.listedPersonNoun(k) {
		return true
	}
	_, lim := a.lx.personnel.match(a.d.toks, k, true)
	return lim > k || len(t.lower) >= 6 && agentEnding(t.lower)
}

// causeBeforeVictims reports a lower-case word at e that names the cause
// of the passive victim noun after it: "two of the shooting victims",
// "three of the crash victims".
func (a *analysis) causeBeforeVictims(e int) bool {
	toks := a.d.toks
	return toks[e].kind == tWord && !toks[e].cap && !mayBeNumber(&toks[e]) && e+1 < len(toks) && passiveNouns.hasToken(&toks[e+1]) && !a.figureClass(e, fcNoCause)
}

// victimTail reads the modifiers and the plural noun after a number:
// "young Afghan civilians", "Erie teenagers", "American service members".
func (a *analysis) victimTail(k int) (int, bool) {
	toks := a.d.toks
	for steps := 0; k < len(toks) && steps < 5; steps++ {
		t := toks[k]
		kind := a.victimKindOf(t.lower)
		// the noun, unless it modifies the victim word after it: an
		// adjective ("wounded soldiers") or a plural ("police commandos")
		if kind&(vPlural|vKinPlural|vSingle) != 0 && !(kind&vAdj != 0 && k+1 < len(toks) && a.victimWord(toks[k+1].lower)) && !a.pluralNounModifies(k) {
			return k + 1, true
		}
		if steps > 0 && a.pluralPeopleNoun(k) {
			return k + 1, true // "23 FARC dissidents"
		}
		if _, lim := a.lx.personnel.match(toks, k, true); lim > k {
			return lim, true
		}
		switch {
		case a.placeAt[k] >= 0:
			m := a.places[a.placeAt[k]]
			if e := m.lim; strings.HasSuffix(toks[e-1].lower, "s") && m.kind != sName && (e >= len(toks) || !a.victimWord(toks[e].lower) && !toks[e].cap) {
				return e, true // "170 Afghans", "32 Israelis"
			}
			k = m.lim
			continue
		case a.orgAt[k] >= 0:
			// "ten New People's Army rebels": the body's name may hold a
			// possessive or a lower-case word
			k = a.orgs[a.orgAt[k]].lim
			continue
		case kind&vAdj != 0 || troopMods.hasToken(&t) || t.kind == tNum && strings.Contains(t.lower, "-year") || formerMods.hasToken(&t):
		case t.kind == tWord && t.cap && a.personAt[k] < 0:
			// "two Riverdale High School students"
		case a.nounBeforePeopleNoun(k):
			// "three fishery inspectors", "two customs inspectors"
		default:
			return k, false
		}
		k++
	}
	return k, false
}

// pluralNounModifies reports a plural noun for people at k that modifies
// another right after it: "three police commandos", "two militia
// fighters".
func (a *analysis) pluralNounModifies(k int) bool {
	toks := a.d.toks
	return k+1 < len(toks) && toks[k+1].sent == toks[k].sent && !toks[k+1].cap && a.victimKindOf(toks[k].lower)&vPlural != 0 && a.victimKindOf(toks[k+1].lower)&vPlural != 0
}

// nounBeforePeopleNoun reports a lower-case noun at k that modifies the
// plural noun for people right after it: "fishery inspectors", "customs
// inspectors", "ferry workers". Function words, numbers and participles
// ("the two missing fishermen", "three wounded guards") are not such
// modifiers: other readings own them.
func (a *analysis) nounBeforePeopleNoun(k int) bool {
	toks := a.d.toks
	t := &toks[k]
	if t.kind != tWord || t.cap || len(t.lower) < 3 || npFunctionWords.hasToken(t) || mayBeNumber(t) || k+1 >= len(toks) ||
		strings.HasSuffix(t.lower, "ing") || strings.HasSuffix(t.lower, "ed") {
		return false
	}
	next := toks[k+1].lower
	// a listed noun, not one guessed from its ending: "search warrants"
	return a.victimKindOf(next)&vPlural != 0 || a.pluralPeopleNoun(k+1) && a.listedPersonNoun(k+1)
}

// victimPhrase reads the words after "a"/"an" up to a noun for one person:
// "22-year-old man", "Iraqi civilian", "Belleair Elementary School student",
// or an age alone ("a 6-year-old"). It returns the index after the phrase
// and the people it names (two for "couple").
func (a *analysis) victimPhrase(j int) (int, int64, bool) {
	toks := a.d.toks
	aged := false // an age and a noun came before: "a 52-year-old crane operator"
	for steps := 0; j < len(toks) && steps < 6; steps++ {
		t := toks[j]
		k := a.victimKindOf(t.lower)
		switch {
		case steps == 0 && ordinalWords()[t.lower] != 0 && j+1 < len(toks) && a.diedNext(j+1) && !a.fractionOf(j):
			return j + 1, 1, true // "and a fourth died later in hospital": the fourth dead
		case k&vPair != 0 && !(j+1 < len(toks) && toks[j+1].lower == "of"):
			return j + 1, 2, true
		case k&(vSingle|vKin) != 0 && !(k&vAdj != 0 && j+1 < len(toks) && a.victimKindOf(toks[j+1].lower)&(vSingle|vKin) != 0):
			if a.singleAgentAfter(j+1) || a.singleNounAfter(j+1) {
				return j + 2, 1, true // "a civilian interpreter", "a fighter pilot": the first noun a modifier
			}
			if e := a.modifiedNounAfter(j + 1); k&vAdj != 0 && e > 0 {
				return e, 1, true // "a civilian bus driver"
			}
			return j + 1, 1, true
		case !t.cap && (a.lx.roles[t.lower] == rHead || a.lx.roles[t.lower] == rWeak) && !plural(t.lower) && !a.singleVictimAt(j+1):
			return j + 1, 1, true // "the village chief", "a police commander"; not "a head constable"
		case a.personNounEnds(j):
			return j + 1, 1, true // "killed a farmer, his wife and their son"
		case a.kinOwnerEnds(j):
			return j + 1, 1, true // "a shepherd and his two sons": a noun with kin is a person
		case aged && a.singleAgentAfter(j):
			return j + 1, 1, true // "a 52-year-old crane operator and a welder"
		case steps < 3 && a.agentVictimEnds(j):
			return j + 1, 1, true // "a pensioner was killed", "a retired bricklayer died"
		case a.ageAt(j) > j:
			e := a.ageAt(j)
			// "a 68-year-old former champion jockey": "former" opens the noun's
			// modifiers ("former Germantown High School student" is read below)
			if e < len(toks) && (a.victimKindOf(toks[e].lower)&(vSingle|vKin|vAdj) != 0 || toks[e].lower == "former" && e+1 < len(toks) && !toks[e+1].cap || a.placeAt[e] >= 0 || toks[e].cap && a.personAt[e] < 0) {
				j = e
				continue
			}
			if e+1 < len(toks) && toks[e].kind == tWord && !toks[e].cap && !phraseStops.hasToken(&toks[e]) &&
				(a.victimKindOf(toks[e+1].lower)&vSingle != 0 || a.singleAgentAfter(e+1) || a.personNounEnds(e+1)) {
				j, aged = e, true // "a 29-year-old excavator driver": a noun before the person's
				continue
			}
			if a.agedNounEnds(e) {
				return e + 1, 1, true // "a 44-year-old lasher was killed": the age makes the noun a person
			}
			if strings.HasSuffix(toks[e-1].lower, "olds") {
				return j, 0, false // "the 17-year-olds were pronounced dead": several, not counted
			}
			return e, 1, true // "a 6-year-old died"
		case a.placeAt[j] >= 0:
			j = a.places[a.placeAt[j]].lim
			continue
		case steps < 2 && a.orgAt[j] >= 0 && a.orgs[a.orgAt[j]].first == j && a.orgs[a.orgAt[j]].lim > j && !possessiveAt(toks, a.orgs[a.orgAt[j]].lim):
			j = a.orgs[a.orgAt[j]].lim // "a UN helicopter crew member", "a Red Cross worker": the body the victim serves
			continue
		case t.kind == tWord && !t.cap && (k&vAdj != 0 || strings.HasSuffix(t.lower, "-old")):
		case t.kind == tWord && !t.cap && !phraseStops.hasToken(&t) && !a.lx.death.startsLower(&t):
			// "a Fairmont high school student": a noun or adjective of the phrase
		case t.kind == tWord && t.cap && steps < 4 && a.personAt[j] < 0 && a.orgAt[j] < 0 && !notNameWords.hasToken(&t):
			// "a Pittsburgh man", "a Southwood High School student"
		default:
			return j, 0, false
		}
		j++
	}
	return j, 0, false
}

// singleVictimAt reports a noun for one person at j: the head a title
// before it modifies ("a head constable").
func (a *analysis) singleVictimAt(j int) bool {
	return j < len(a.d.toks) && a.victimKindOf(a.d.toks[j].lower)&vSingle != 0
}

// agedNounEnds reports a lower-case singular noun at e, after an age,
// that the lexicon does not hold as a person's and that ends the phrase
// before its verb ("a 44-year-old lasher was killed", "a 19-year-old
// apprentice died"): a noun of no known kind an age stands before is a
// person's.
func (a *analysis) agedNounEnds(e int) bool {
	toks := a.d.toks
	if e+1 >= len(toks) || toks[e].kind != tWord || toks[e].cap || plural(toks[e].lower) || phraseStops.hasToken(&toks[e]) ||
		npFunctionWords.hasToken(&toks[e]) || isAdverb(toks[e]) || a.lx.death.startsLower(&toks[e]) {
		return false
	}
	n := toks[e+1].lower
	return beAux.has(n) && n != "being" || haveAux.has(n) || a.diedNext(e+1)
}

// personNounEnds reports a lower-case singular noun for a person at j
// that the word lists hold (a human noun, an occupation) and that ends
// its phrase before a comma, "and" or the sentence's end: "a farmer, his
// wife and their son", "killed a schoolteacher and his son". The list of
// victims' nouns cannot hold every occupation.
func (a *analysis) personNounEnds(j int) bool {
	toks := a.d.toks
	t := toks[j]
	if t.kind != tWord || t.cap || plural(t.lower) || !a.listedPersonNoun(j) {
		return false
	}
	if a.victimKindOf(t.lower)&(vPlural|vKinPlural) != 0 {
		return false // "the men", "the children": a plural the "-s" test misses
	}
	if j+1 >= len(toks) || toks[j+1].sent != t.sent {
		return true
	}
	n := toks[j+1].text
	return n == "," || n == "and" || n == "." || n == ";"
}

// singleAgentAfter reports a lower-case singular noun for a person in an
// agent suffix at j that ends the phrase and that a noun for people
// before it modifies: "a civilian interpreter", "a migrant worker"; not
// "a man earlier this month".
func (a *analysis) singleAgentAfter(j int) bool {
	toks := a.d.toks
	if j >= len(toks) || toks[j].kind != tWord || toks[j].cap || plural(toks[j].lower) || len(toks[j].lower) < 6 || npFunctionWords.hasToken(&toks[j]) {
		return false
	}
	if !agentEnding(toks[j].lower) || a.victimKindOf(toks[j].lower)&vAdj != 0 {
		return false
	}
	// the phrase ends there, not "a man earlier this month"
	e := j + 1
	return e >= len(toks) || toks[e].kind == tPunct || toks[e].lower == "and" || toks[e].lower == "or" || beAux.hasToken(&toks[e]) || haveAux.hasToken(&toks[e])
}

// personAtTok returns the person mention at token j, or -1 (also past the end).
func (a *analysis) personAtTok(j int) int32 {
	if j < 0 || j >= len(a.personAt) {
		return -1
	}
	return a.personAt[j]
}

// phraseStops end a noun phrase: function words and verbs of being.
var phraseStops = closedWords(func() map[string]bool {
	return map[string]bool{
		"that": true, "who": true, "which": true, "whom": true, "whose": true, "was": true, "were": true,
		"is": true, "are": true, "be": true, "been": true, "has": true, "have": true, "had": true,
		"and": true, "or": true, "but": true, "of": true, "in": true, "on": true, "at": true, "to": true,
		"by": true, "for": true, "with": true, "from": true, "the": true, "a": true, "an": true,
		"his": true, "her": true, "their": true, "its": true, "as": true, "after": true, "before": true,
		"when": true, "while": true, "if": true, "than": true, "into": true, "over": true, "about": true,
		"not": true, "no": true, "this": true, "these": true, "those": true, "said": true, "says": true,
	}
})

// ageAt returns the index after an age at j ("22-year-old", "22 year old",
// "six-year-old"), or j when there is none.
func (a *analysis) ageAt(j int) int {
	toks := a.d.toks
	if j >= len(toks) {
		return j
	}
	w := toks[j].lower
	if hyphenAge(w) {
		return j + 1
	}
	if j+2 < len(toks) && toks[j+2].lower == "old" && ageUnits.hasToken(&toks[j+1]) && // "old" first: rarer, cheaper
		(toks[j].kind == tNum || unitWords()[w] > 0 || tensWords()[w] > 0) {
		return j + 3
	}
	if toks[j].kind == tNum && j+1 < len(toks) && toks[j+1].lower == "year-old" {
		return j + 2
	}
	return j
}

// ageUnits are the units of an age: "22-year-old", "8-week-old", "3 days old".
var ageUnits = closedSet("year", "years", "month", "months", "week", "weeks", "day", "days")

// hyphenAge reports an age written as one hyphenated word: "22-year-old",
// "8-week-old", "six-month-old", "17-year-olds".
func hyphenAge(w string) bool {
	rest, ok := strings.CutSuffix(w, "-old")
	if !ok {
		if rest, ok = strings.CutSuffix(w, "-olds"); !ok {
			return false
		}
	}
	i := strings.LastIndexByte(rest, '-')
	return i > 0 && ageUnits.has(rest[i+1:])
}

// possessedVictim reads the phrase after a possessive: "his wife", "her
// 5-year-old son", "their two children".
func (a *analysis) possessedVictim(j int) (int64, int, bool, bool) {
	toks := a.d.toks
	if n, e := a.agedPlural(j); n > 1 {
		return n, e, false, true // "their 6- and 10-year-old sons"
	}
	if n, ok := a.d.parseNumber(j); ok && !n.age && !n.vague && n.value > 1 {
		if lim, ok := a.victimTail(n.lim); ok {
			return n.value, lim, n.approx, true
		}
		return 0, j, false, false
	}
	for steps := 0; j < len(toks) && steps < 4; steps++ {
		k := a.victimKindOf(toks[j].lower)
		switch {
		case k&(vKin|vSingle) != 0 && !(k&vAdj != 0 && j+1 < len(toks) && a.victimKindOf(toks[j+1].lower)&(vKin|vSingle) != 0):
			if e := a.titledByNoun(j); e > j {
				return 1, e, false, true // "their friend Tasha Cole"
			}
			if possessiveAt(toks, j+1) {
				return a.ownedVictim(j + 1) // "his neighbour's two sons": the sons are the victims
			}
			return 1, j + 1, false, true
		case k&vPair != 0:
			return 2, j + 1, false, true // "his parents": two
		case k&(vPlural|vKinPlural) != 0:
			if n, e := a.agesCounted(j + 1); n > 1 {
				return n, e, false, true // "his sons, ages 3 and 4": two
			}
			if n, e := a.namesCounted(j + 1); n > 1 {
				return n, e, false, true // "his sons, Quinn and Tory,": two
			}
			return 0, j, false, false
		case a.ageAt(j) > j:
			j = a.ageAt(j)
			continue
		case k&vAdj != 0 || a.placeAt[j] >= 0 && toks[j].cap:
		case toks[j].kind == tWord && !toks[j].cap && !phraseStops.hasToken(&toks[j]) && !a.lx.death.startsLower(&toks[j]):
			// "his best friend"
		default:
			return 0, j, false, false
		}
		j++
	}
	return 0, j, false, false
}

// agesCounted counts the people of a plural noun by the ages listed after
// it, at j: ", ages 3 and 4" (two), ", aged 4, 6 and 9" (three). Ages
// joined by anything but commas and "and" ("aged between 18 and 25") count
// nobody. It returns the count and the index after the ages, past a comma
// that closes them before a verb.
func (a *analysis) agesCounted(j int) (int64, int) {
	toks := a.d.toks
	if j < len(toks) && toks[j].text == "," {
		j++
	}
	if j >= len(toks) || toks[j].lower != "ages" && toks[j].lower != "aged" {
		return 0, j
	}
	e := a.agedPhrase(j)
	var n int64
	for k := j + 1; k < e; k++ {
		switch {
		case toks[k].kind == tNum || a.ageInWords(k):
			n++
		case toks[k].text != "," && toks[k].lower != "and":
			return 0, j
		}
	}
	if e+1 < len(toks) && toks[e].text == "," && (predicateAux.hasToken(&toks[e+1]) || a.diedNext(e+1)) {
		e++ // ", ages 3 and 5, were found dead"
	}
	return n, e
}

// definiteVictim reads the phrase after "the": "the 18-year-old man", "the
// little girl", "the five travelers", "the two", "the 16-year-old".
func (a *analysis) definiteVictim(j int) (int64, int, bool, bool) {
	toks := a.d.toks
	if n, e := a.agedPlural(j); n > 1 {
		return n, e, false, true // "the 6- and 10-year-old brothers"
	}
	if n, ok := a.d.parseNumber(j); ok && !n.age && !n.vague && n.value > 1 && !a.isYear(n) {
		if lim, ok := a.victimTail(n.lim); ok {
			return n.value, lim, n.approx, true
		}
		if e := n.lim; e < len(toks) && (toks[e].kind == tPunct || deathAux.hasToken(&toks[e]) && !toks[e].cap) {
			return n.value, e, n.approx, true // "the two were shot"
		}
		return 0, j, false, false
	}
	if lim, n, ok := a.victimPhrase(j); ok {
		if n == 1 && possessiveAt(toks, lim) {
			return a.ownedVictim(lim) // "the woman's two sons"
		}
		return n, lim, false, true
	}
	if e := a.placeOwnedRole(j, true); e > j {
		return 1, e, false, true // "the town's mayor was shot dead"
	}
	return 0, j, false, false
}

// ownedVictim reads the people a singular owner's "'s" at k stands
// before: in "killed his sister's three children" the owner is not a
// victim, the phrase after the mark is. A mark before no person noun
// ("his wife's car") names no victim at all.
func (a *analysis) ownedVictim(k int) (int64, int, bool, bool) {
	return a.possessedVictim(k + 1)
}

// nounPhraseStart reports a word that continues "her" as a determiner: "her
// husband", "her two sons", "her 5-year-old daughter".
func (a *analysis) nounPhraseStart(j int) bool {
	t := a.d.toks[j]
	if t.kind == tNum || a.victimKindOf(t.lower) != 0 || unitWords()[t.lower] > 0 {
		return true
	}
	return t.kind == tWord && !t.cap && !a.isClauseWord(t.lower)
}

// isClauseWord reports words that end a pronoun object: "killing her and
// wounding", "killed her in", "killed her, police said".
func (a *analysis) isClauseWord(w string) bool {
	switch w {
	case "and", "or", "but", "in", "on", "at", "with", "before", "after", "when", "while", "as", "by",
		"inside", "outside", "near", "during", "then", "instantly", "too", "there", "because", "to", "from":
		return true
	}
	return isAdverbWord(w)
}

// skipAppositions steps over the phrases that describe an item: ", 34,",
// ", of Tyler,", ", a 17-year-old student,", "(25)", ", later identified as
// X,", ", including a child,". The comma that closes one is consumed.
func (a *analysis) skipAppositions(k int, named bool) int {
	for range 3 {
		e := a.apposition(k, named)
		if e == k {
			return k
		}
		k = e
	}
	return k
}

// parentOfAside returns the token after "and mother of three" at k, which
// describes the person before it ("his wife and mother of three was
// killed": one woman), or k when none starts there.
func (a *analysis) parentOfAside(k int) int {
	toks := a.d.toks
	if k+3 >= len(toks) || toks[k].lower != "and" || !parentNouns.hasToken(&toks[k+1]) || toks[k+2].lower != "of" {
		return k
	}
	if n, ok := a.d.parseNumber(k + 3); ok && n.first == k+3 && !n.age && n.value > 1 {
		return n.lim
	}
	return k
}

// apposition returns the token after an aside that starts at k, in
// brackets or between commas (an age, a place, a description, a clause),
// or k when none starts there.
func (a *analysis) apposition(k int, named bool) int {
	toks := a.d.toks
	if k+1 >= len(toks) || toks[k].sent != toks[k-1].sent {
		return k
	}
	if toks[k].text == "(" {
		for e := k + 1; e < len(toks) && e < k+6; e++ {
			if toks[e].text == ")" {
				return e + 1
			}
		}
		return k
	}
	if toks[k].kind == tNum && toks[k-1].text == "," && k+1 < len(toks) && toks[k+1].text == "," && a.ageAt(k) == k {
		if v, ok := parseDigits(toks[k].lower); ok && v <= 120 {
			return k + 2 // ", Luis Reyes, 30,": the age of a name in apposition
		}
	}
	if toks[k].lower == "of" && toks[k-1].text == "," {
		return a.placeAfterAge(k)
	}
	if (toks[k].lower == "who" || toks[k].lower == "whose") && toks[k-1].text == "," {
		// "Ortiz, 19, who lived nearby, and Ruiz": the comma after an age
		// opens the clause too; it is skipped only where ", and" closes
		// it, as a clause may hold commas of its own
		if e := a.phraseToComma(k - 1); e > k && e < len(toks) && toks[e].text == "," {
			return e
		}
		return k
	}
	if e := a.postModifier(k); e > k {
		return e
	}
	if e := a.parentOfAside(k); e > k {
		return e
	}
	if toks[k].text != "," {
		return k
	}
	return a.commaAside(k, named)
}

// commaAside returns the token after an aside that the comma at k opens
// (an age, a place, a description, a name, a clause), or k when none
// starts there; apposition has checked that a token follows the comma. A description after a named item describes the name and
// ends at the next comma; after an unnamed one it may name the victim
// (describedVictim).
func (a *analysis) commaAside(k int, named bool) int {
	toks := a.d.toks
	n := toks[k+1]
	if e := decadeAge(toks, k+1); e > k+1 && e < len(toks) && toks[e].text == "," {
		return e + 1 // "a man, in his 40s,"
	}
	if e := a.agedPhrase(k + 1); e > k+1 && e < len(toks) && toks[e].text == "," {
		return e + 1 // "two children, ages 3 and 5,"
	}
	switch {
	case n.kind == tNum && a.ageAt(k+1) == k+1:
		return a.ageBetweenCommas(k)
	case !named && (n.lower == "a" || n.lower == "an"):
		return a.describedVictim(k)
	case named && (n.lower == "a" || n.lower == "an"):
		return a.nameDescription(k)
	case a.personAt[k+1] >= 0 || a.ageAt(k+1) > k+1 && a.personAtTok(a.ageAt(k+1)) >= 0:
		return a.nameAside(k, named)
	case a.titledAsideName(k+1) > k+1:
		return a.nameAside(a.titledAsideName(k+1)-1, named) // "A soldier, Corporal Yazan al-Zoubi, was killed"
	case !named && n.cap && n.kind == tWord && !toks[k-1].cap:
		return a.unknownNameAside(k)
	case a.partOfThemAt(k + 1):
		return a.phraseToComma(k) // "Ten people, six of them children, were killed"
	case n.lower == "of" && a.placeAfterAge(k+1) > k+1:
		return a.placeAfterAge(k + 1) // "X, of Wyandanch;"
	case n.lower == "of" || n.lower == "who" || n.lower == "including" || n.lower == "among" ||
		n.lower == "later" || n.lower == "identified" || n.lower == "believed" || n.lower == "aged" || n.lower == "both" || n.lower == "all" || n.lower == "whose" ||
		a.ageAt(k+1) > k+1 || a.lx.roles[n.lower] != 0:
		return a.phraseToComma(k)
	}
	return k
}

// titledAsideName returns the start of a person's name after the
// capitalised titles at j ("Corporal", "Staff Sergeant"), or j when no
// name follows titles there.
func (a *analysis) titledAsideName(j int) int {
	toks := a.d.toks
	e := j
	for e < len(toks) && e < j+3 && toks[e].cap && a.lx.roles[toks[e].lower] != 0 && a.personAt[e] < 0 {
		e++
	}
	if e == j || e >= len(toks) || a.personAt[e] < 0 {
		return j
	}
	return e
}

// nameDescription returns the token after a description opened by "a" or
// "an" after the comma at k that follows a name ("Terence Crutcher, a
// 40-year-old man"): to the next comma or the sentence's end, or k.
func (a *analysis) nameDescription(k int) int {
	toks := a.d.toks
	for e := k + 2; e < len(toks) && e < k+16; e++ {
		if toks[e].sent != toks[k].sent || toks[e].text == "," || toks[e].text == "." {
			if toks[e].text == "," {
				return e + 1
			}
			return e
		}
	}
	// a long clause after the description ("Ann Ray, a college
	// student who was shot during ..."): the description alone
	if lim, c, ok := a.victimPhrase(k + 2); ok && c == 1 {
		return lim
	}
	return k
}

// unknownNameAside returns the token after a run of capitalised words
// after the comma at k that closes the phrase, a name the people pass did
// not know ("his girlfriend, Shantai Hale;"), or k.
func (a *analysis) unknownNameAside(k int) int {
	toks := a.d.toks
	e, lim := k+1, k+5
	for e < len(toks) && e < lim && toks[e].cap && toks[e].kind == tWord {
		e++
		if p := particlesBeforeCap(toks, e); p > e {
			lim += p - e // "Private Raviv van der Renssen": particles inside the name
			e = p
		}
	}
	if e >= len(toks) || toks[e].sent != toks[k].sent || toks[e].text == ";" || toks[e].text == "." {
		return e
	}
	if toks[e].text == "," {
		return e + 1
	}
	return k
}

// particlesBeforeCap returns the index of the capitalised word after
// lower-case name particles at e ("van", "van der"), or e when there is
// none.
func particlesBeforeCap(toks []token, e int) int {
	p := e
	for p < len(toks) && p < e+2 && !toks[p].cap && nameParticles.hasToken(&toks[p]) {
		p++
	}
	if p > e && p < len(toks) && toks[p].cap && toks[p].kind == tWord {
		return p
	}
	return e
}

// nameAside returns the token after a name in apposition after the comma
// at k, an age before it or not ("a 20-year-old woman, Emoni House;",
// "their son, 7-year-old Lee Reed."), which closes with the name; after a
// named item a name is the next item ("John Reed, 30-year-old Ann Reed
// and their son"), no aside.
func (a *analysis) nameAside(k int, named bool) int {
	if named {
		return k
	}
	toks := a.d.toks
	s := k + 1
	if a.personAt[s] < 0 {
		s = a.ageAt(s)
	}
	e := s
	for e < len(toks) && a.personAt[e] == a.personAt[s] {
		e++
	}
	switch {
	case e+1 < len(toks) && toks[e].text == "," && toks[e+1].kind == tNum:
		return e // ", Viola Warren, 62.": the age is the next aside
	case e < len(toks) && toks[e].text == ",":
		return e + 1
	case e >= len(toks) || toks[e].sent != toks[k].sent || toks[e].text == ";" || toks[e].text == ".":
		return e
	case asideClosingVerbs.hasToken(&toks[e]):
		// "her son, 17-year-old Tim Rowe were found dead": the comma
		// that should close the aside is left out before the verb
		return e
	}
	return a.phraseToComma(k)
}

// asideClosingVerbs start a predicate right after a name in apposition
// whose closing comma the writer left out.
var asideClosingVerbs = closedSet("was", "were", "is", "are", "died", "had", "has", "have", "remains", "remain")

// decadeAge returns the index after an age told by its decade at k ("in
// his 20s", "in her late 60s", "in their teens"), or k.
func decadeAge(toks []token, k int) int {
	if k+2 >= len(toks) || toks[k].lower != "in" {
		return k
	}
	switch toks[k+1].lower {
	case "his", "her", "their":
	default:
		return k
	}
	e := k + 2
	switch toks[e].lower {
	case "early", "mid", "mid-", "late":
		e++
	}
	if e >= len(toks) {
		return k
	}
	w := toks[e].lower
	if w == "teens" || len(w) == 3 && w[0] >= '1' && w[0] <= '9' && w[1:] == "0s" || len(w) == 4 && strings.HasPrefix(w, "'") && w[2:] == "0s" {
		return e + 1
	}
	return k
}

// placeAfterAge steps over the place after an age: ", 29, of Fernandina
// Beach,".
func (a *analysis) placeAfterAge(k int) int {
	toks := a.d.toks
	e := k + 1
	for e < len(toks) && e < k+6 && (toks[e].cap || toks[e].kind == tNum || toks[e].lower == "the") {
		e++
	}
	if e > k+1 && e < len(toks) && toks[e].text == "," {
		return e + 1
	}
	if e > k+1 && (e >= len(toks) || toks[e].sent != toks[k].sent || toks[e].text == ";" || toks[e].text == ".") {
		return e // "X, of Wyandanch; Y, of Hempstead; and Z": the separator is the list's
	}
	return k
}

// postModifier steps over a phrase right after a victim, with no comma:
// "a man in his 20s", "a 58-year-old man from Midland was killed", "the
// driver of the car died at the scene".
func (a *analysis) postModifier(k int) int {
	if e := decadeAge(a.d.toks, k); e > k {
		return e
	}
	if e := a.fromPlace(k); e > k {
		return e
	}
	if e := a.inVehicle(k); e > k {
		return e
	}
	return a.placedBeforeVerb(k)
}

// placedBeforeVerb steps over a short phrase that places a victim, from a
// preposition of place or a participle in -ing at k up to the verb of
// being or dying right after it: "both men inside the Honda were killed",
// "both victims in the parking lot were confirmed dead", "a man sitting on
// a porch was killed". A comma, a clause opener or no verb
// within six words leaves k.
func (a *analysis) placedBeforeVerb(k int) int {
	toks := a.d.toks
	w := toks[k].lower
	switch {
	case w == "in" || w == "inside" || w == "at" || w == "outside" || w == "near" || w == "on":
	case w == "of" && (a.victimKindOf(toks[k-1].lower)&vSingle != 0 || a.rankOfUnit(k-1)):
		// "a resident of the building was killed", after a noun for one person
	case toks[k].kind == tWord && !toks[k].cap && len(w) > 4 && strings.HasSuffix(w, "ing") && !a.lx.death.startsLower(&toks[k]):
		// "a 37-year-old man sitting on a porch was killed"
	default:
		return k
	}
	if toks[k-1].kind == tPunct {
		return k
	}
	lim := k + 7
	for e := k + 1; e < len(toks) && e < lim && toks[e].sent == toks[k].sent; e++ {
		t := toks[e]
		if c := a.asideBeforeVerb(e); c > e && e > k+1 {
			return c // "a havildar of the Garhwal Rifles, aged 34, died"
		}
		if l := a.nameLimAt(e); l > e+1 {
			// "of the Jammu and Kashmir Police": its "and" is the name's,
			// its words one
			lim += l - e - 1
			e = l - 1
			continue
		}
		if t.kind != tWord || clauseOpener(t.lower) || t.lower == "and" || t.lower == "who" || a.lx.speech[t.lower] != "" && toks[e-1].lower != "the" {
			return k // "Sheriff NAME on Thursday said both died": the subject speaks
		}
		if e > k+1 && (beAux.hasToken(&t) && t.lower != "found" || haveAux.hasToken(&t) || a.diedNext(e)) {
			return e
		}
	}
	return k
}

// nameLimAt returns the end of the organisation or place named from j,
// or j when none starts there.
func (a *analysis) nameLimAt(j int) int {
	if o := a.orgAt[j]; o >= 0 && a.orgs[o].lim > j {
		return a.orgs[o].lim
	}
	if p := a.placeAt[j]; p >= 0 && a.places[p].lim > j {
		return a.places[p].lim
	}
	return j
}

// fromPlace steps over "from" and the capitalised words of a place right
// after a victim, up to the verb, a relative pronoun or a comma: "a
// 58-year-old man from Midland was killed", "a woman from Orillia who was
// airlifted ... succumbed". A lower-case word after the place ("from
// Midland Street police said") or no place leaves k.
func (a *analysis) fromPlace(k int) int {
	toks := a.d.toks
	if toks[k].lower != "from" || toks[k-1].kind == tPunct {
		return k
	}
	e := k + 1
	for e < len(toks) && e < k+5 && toks[e].sent == toks[k].sent && toks[e].kind == tWord && toks[e].cap && a.personAt[e] < 0 {
		e++
	}
	if e == k+1 || e >= len(toks) || toks[e].sent != toks[k].sent {
		return k
	}
	if w := toks[e].lower; w == "who" || w == "," || beAux.has(w) || haveAux.has(w) {
		return e
	}
	if kinds, _ := a.deathKindsAt(e); hasKind(kinds, dIntrans) || hasKind(kinds, dPassive) {
		return e
	}
	return k
}

// inVehicle steps over a phrase that puts a victim in a vehicle, up to
// the verb, a relative pronoun or a comma: "the driver of the car died",
// "a passenger in the other vehicle was killed", "the pilot of a small
// plane". "The driver of the car told police" is read on by the verb.
func (a *analysis) inVehicle(k int) int {
	toks := a.d.toks
	if w := toks[k].lower; w != "of" && w != "in" && w != "aboard" || toks[k-1].kind == tPunct {
		return k
	}
	for e := k + 1; e < len(toks) && e < k+5 && toks[e].sent == toks[k].sent && toks[e].kind == tWord; e++ {
		if !vehicleWords.hasToken(&toks[e]) {
			continue
		}
		if n := e + 1; n < len(toks) && (toks[n].lower == "who" || toks[n].text == "," || beAux.hasToken(&toks[n]) || haveAux.hasToken(&toks[n]) || a.diedNext(n)) {
			return n
		}
		return k
	}
	return k
}

// vehicleWords name the vehicle a victim was in.
var vehicleWords = wordList("vehicle")

// ageBetweenCommas steps over an age after the comma at k: ", 34," or ",
// 34 and" or ", 34 were".
func (a *analysis) ageBetweenCommas(k int) int {
	toks := a.d.toks
	n := toks[k+1]
	if v, ok := parseDigits(n.lower); !ok || v > 120 || strings.ContainsAny(n.text, ",.") || k+2 >= len(toks) {
		return k
	}
	switch e := toks[k+2]; {
	case e.text == ",":
		return k + 3
	case e.lower == "and" || e.kind == tPunct || e.kind == tQuote || deathAux.hasToken(&e) && e.kind == tWord && !a.victimWord(e.lower):
		return k + 2
	}
	return k
}

// describedVictim steps over a description closed by a comma right before
// the verb: "One person, a 19-year-old man, was pronounced dead"; not a
// list ("a man, a woman and").
func (a *analysis) describedVictim(k int) int {
	toks := a.d.toks
	for e := k + 2; e < len(toks) && e < k+10 && toks[e].sent == toks[k].sent; e++ {
		if toks[e].lower == "and" || toks[e].kind == tQuote {
			return k
		}
		if toks[e].text == "," {
			if e+1 < len(toks) && (beAux.hasToken(&toks[e+1]) || predicateAux.hasToken(&toks[e+1]) || a.diedNext(e+1)) {
				return e + 1
			}
			return k
		}
	}
	return k
}

// fractionOf reports an ordinal at j read as a share of a group the
// sentence opens with "Of": "Of the 90 patients, a third died".
func (a *analysis) fractionOf(j int) bool {
	toks := a.d.toks
	s := a.d.sents[toks[j].sent]
	return toks[s.first].lower == "of" || j+1 < len(toks) && toks[j+1].lower == "of"
}

// diedNext reports a verb of dying at k, past one adverb: "died", "later
// died", "also died", "succumbed"; "was taken" and "told" are none.
func (a *analysis) diedNext(k int) bool {
	toks := a.d.toks
	if k+1 < len(toks) && (isAdverb(toks[k]) || toks[k].lower == "later" || toks[k].lower == "also") {
		k++ // "later died", "also died", "subsequently died"
	}
	kinds, _ := a.deathKindsAt(k)
	return hasKind(kinds, dIntrans) && !hasKind(kinds, dHurt)
}

// phraseToComma steps over a phrase closed by a comma within a few words.
func (a *analysis) phraseToComma(k int) int {
	toks := a.d.toks
	for e := k + 2; e < len(toks) && e < k+16 && toks[e].sent == toks[k].sent; e++ {
		if toks[e].kind == tQuote || toks[e].text == ";" || toks[e].text == "(" {
			return k
		}
		if toks[e].text == "," {
			if e+1 < len(toks) && toks[e+1].lower == "and" {
				return e
			}
			return e + 1
		}
	}
	return k
}

// partOfThemAt reports a number at j followed by "of them" or "of whom":
// the part of the people before that an aside counts ("six of them
// children").
func (a *analysis) partOfThemAt(j int) bool {
	toks := a.d.toks
	n, ok := a.countAt(j)
	if !ok || n.first != j || n.lim+1 >= len(toks) || toks[n.lim].lower != "of" {
		return false
	}
	w := toks[n.lim+1].lower
	return w == "them" || w == "whom"
}
