package extract

import "strings"

// A role the article gave someone in its own words, which the officials'
// titles may not hold ("Annette Lind, the airline's chief human resources
// officer,", "the former general is Sri Lanka's minister of public
// security"), is who "the chief human resources officer said" or "the
// minister said" stands for when no holder of the role is found.

// predicateVerbs link a subject to the role after them: "is", "was named",
// "became", "joined as".
var predicateVerbs = closedSet("is", "was", "became", "becomes", "remains", "as", "named", "appointed", "elected")

// linkVerbs after a description that opens a clause make it the
// subject that a role is said of: "the former general is Sri Lanka's
// minister".
var linkVerbs = closedSet("is", "was", "became", "remains")

// describedHolder returns the person the words of the phrase [pf, pl)
// (after its "the" and an age) described before it, the nearest first: in an
// apposition after the name, right before the name, or as the predicate
// of a sentence whose subject is the person. A nearest use that describes
// no one ("a chief human resources officer said") ends the search.
func (a *analysis) describedHolder(pf, pl int) *person {
	toks := a.d.toks
	f := pf + 1
	for f < pl && isAgeWord(toks[f]) {
		f++
	}
	n := pl - f
	if n < 1 || n > 5 {
		return nil
	}
	for s := pf - n; s >= 1 && s > pf-3000; s-- {
		if a.quoteAt[s] >= 0 || !a.sameWords(s, f, n) {
			continue
		}
		b := a.ownerRunStart(s)
		if b == s && toks[s-1].kind == tWord && !predicateVerbs.hasToken(&toks[s-1]) {
			continue // "Prime Minister NAME" is no "the minister"
		}
		if per := a.describedAt(b, s+n); per != nil {
			return per
		}
		if toks[b].lower == "a" || toks[b].lower == "an" {
			return nil
		}
	}
	return nil
}

// sameWords reports the n tokens at s and at f the same words, folding case.
func (a *analysis) sameWords(s, f, n int) bool {
	toks := a.d.toks
	for k := 0; k < n; k++ {
		if toks[s+k].kind != tWord || toks[s+k].lower != toks[f+k].lower {
			return false
		}
	}
	return true
}

// ownerRunStart returns the first token of the determiner or owner before
// the words at s ("the", "a", "her", "the airline's", "Sri Lanka's"), or
// s when there is none.
func (a *analysis) ownerRunStart(s int) int {
	toks := a.d.toks
	b := s
	if b >= 1 && ownerMark(toks, b-1) {
		b-- // the "'s": then its owner, up to three words
		for j := 0; j < 3 && b >= 1 && toks[b-1].kind == tWord && !predicateVerbs.hasToken(&toks[b-1]); j++ {
			b--
			if w := toks[b].lower; w == "the" || possessivePronoun(w) {
				break
			}
		}
		return b
	}
	if w := toks[b-1].lower; w == "the" || w == "a" || w == "an" || possessivePronoun(w) {
		b--
	}
	return b
}

// describedAt returns the person the description [b, e) names: the name
// right after it, the name before its comma ("NAME, 58, the ..."), or the
// subject of the sentence when a verb of being or naming comes before it,
// or the person in focus when the description is itself the subject of
// such a verb ("Years later, the former general is ...").
func (a *analysis) describedAt(b, e int) *person {
	toks := a.d.toks
	if e < len(toks) && toks[b].lower != "a" && toks[b].lower != "an" {
		if mi := a.personAt[e]; mi >= 0 && a.mentions[mi].prefix == e {
			return a.people[a.mentions[mi].person] // "the chief human resources officer, NAME"
		}
	}
	if b < 2 {
		return nil
	}
	if toks[b-1].text == "," && e < len(toks) && (toks[e].text == "," || toks[e].text == ")" || toks[e].text == ".") {
		c := b - 1
		if c >= 3 && toks[c-1].kind == tNum && toks[c-2].text == "," {
			c -= 2 // "NAME, 58, a former mayor"
		}
		return a.nameEndingAt(c)
	}
	if e < len(toks) && linkVerbs.hasToken(&toks[e]) && (toks[b].sentStart || toks[b-1].text == ",") {
		return a.resolvePronoun(0, b) // "Years later, the former general is ...": the person in focus
	}
	if !predicateVerbs.hasToken(&toks[b-1]) || toks[b-1].sent != toks[e-1].sent {
		return nil
	}
	return a.predicateSubject(b - 1)
}

// predicateSubject is the person a verb of being or naming at v says
// something of: the person named last before it in its sentence, or,
// when none is, the person in focus there ("the former general is
// Sri Lanka's minister").
func (a *analysis) predicateSubject(v int) *person {
	toks := a.d.toks
	first := a.d.sents[toks[v].sent].first
	for k := v - 1; k >= first; k-- {
		if mi := a.personAt[k]; mi >= 0 {
			return a.people[a.mentions[mi].person]
		}
	}
	return a.resolvePronoun(0, v)
}

// firmNamedFrom returns the name of a firm the text writes as the one
// word of per's name and a firm's last word ("Cairn Energy" for a
// "Cairn" the people pass took for a person), or "".
func (a *analysis) firmNamedFrom(per *person) string {
	if len(per.words) != 1 {
		return ""
	}
	return a.firmNamedFromWord(per.words[0])
}

// firmNamedFromWord is firmNamedFrom for the one word w: the capitalised
// run of up to four words that w opens and a firm's word ends.
func (a *analysis) firmNamedFromWord(w string) string {
	toks := a.d.toks
	for k := 0; k+1 < len(toks); k++ {
		if toks[k].text != w {
			continue
		}
		e := k + 1
		for e < len(toks) && e <= k+3 && toks[e].cap && toks[e].kind == tWord && toks[e].sent == toks[k].sent {
			e++
		}
		if e > k+1 && a.lx.bodyWords[toks[e-1].lower].kind == "company" {
			return a.d.text[toks[k].start:toks[e-1].end]
		}
	}
	return ""
}

// bodyWrittenAs returns the name of capitals that the words [f, l) of a
// speaker phrase, two or more with one capitalised, wrote before in
// capitals (the nearest): "the national Olympic committee" is the
// "National Olympic Committee of Kenya" named before; "".
func (a *analysis) bodyWrittenAs(f, l int) string {
	toks := a.d.toks
	n := l - f
	if n < 2 || !a.anyCap(f, l) {
		return ""
	}
	for s := f - n; s >= 0 && s > f-3000; s-- {
		if a.quoteAt[s] >= 0 || !a.sameWords(s, f, n) || a.hasPerson(s, s+n) {
			continue
		}
		caps := true
		for k := s; k < s+n; k++ {
			caps = caps && toks[k].cap
		}
		if !caps {
			continue
		}
		b := s
		for b > 0 && toks[b-1].cap && toks[b-1].kind == tWord && !toks[b-1].sentStart && toks[b-1].sent == toks[s].sent && a.personAt[b-1] < 0 {
			b--
		}
		e := a.ofNameEnd(s + n - 1)
		if pi := a.placeAt[b]; pi >= 0 && a.places[pi].lim > e {
			return "" // a place's name, no body's
		}
		return a.d.text[toks[b].start:toks[e].end]
	}
	return ""
}

// siblingNouns and childNouns are read together: the "other" child of a
// parent is a sibling of the child named before.
var (
	siblingNouns = wordList("sibling-noun")
	childNouns   = wordList("child-noun")
)

// otherChildFor returns, for "her sister" or "his brother" that no one
// was introduced as, the person last introduced before it as another
// child of the gender of the noun ("Mrs Walsh's other daughter, NAME,"):
// a sibling of the child the story named first, whom the pronoun stands
// for. Nil when there is none, or when it is the pronoun's owner itself.
func (a *analysis) otherChildFor(p *npPhrase) *person {
	toks := a.d.toks
	if p.l-p.f != 2 || !possessivePronoun(p.first.lower) || !siblingNouns.hasToken(&p.last) {
		return nil
	}
	g := a.lx.kin[p.last.lower]
	var best *person
	for _, m := range a.mentions {
		if m.first >= p.f {
			break
		}
		b := m.prefix - 1
		if b > 0 && toks[b].text == "," {
			b--
		}
		if b < 1 || toks[b-1].lower != "other" || !childNouns.hasToken(&toks[b]) {
			continue
		}
		if cg := a.lx.kin[toks[b].lower]; g == 'U' || cg == 'U' || cg == g {
			best = a.people[m.person]
		}
	}
	return best
}

// kinSubjectOfSurname returns the relative that opens the sentence of
// token at, or the one before it in its paragraph, as its subject ("Her
// father, listening from the doorway, shook his head."), for a pronoun of
// gender g there, when kinOfSurname names the relative; else nil.
func (a *analysis) kinSubjectOfSurname(g byte, at int) *person {
	toks := a.d.toks
	si := int(toks[at].sent)
	for s := si; s >= 0 && s >= si-1; s-- {
		k := a.d.sents[s].first
		if k+2 >= len(toks) || k >= at || a.quoteAt[k] >= 0 || toks[k].para != toks[at].para || !possessivePronoun(toks[k].lower) {
			continue
		}
		if kg := a.lx.kin[toks[k+1].lower]; kg != g || toks[k+2].text != "," && toks[k+2].kind != tWord {
			continue
		}
		return a.kinOfSurname(k, k+1, at)
	}
	return nil
}

// kinOfSurname returns, for the relative "her father" (the possessive
// pronoun at o, the noun at n, before token at) whom no one was
// introduced as, the one person of the noun's gender who shares the
// surname of the pronoun's owner: "Maria Neves ... her father" is the
// Neves who is a man, never Maria Neves herself. Nil when none or
// several fit, or the noun is of no one gender.
func (a *analysis) kinOfSurname(o, n, at int) *person {
	toks := a.d.toks
	g := a.lx.kin[toks[n].lower]
	og := thirdPersonGender(toks[o].lower)
	if g != 'M' && g != 'F' || og == 0 || n != o+1 || a.personWithKin(toks[n].lower, at) != nil {
		return nil
	}
	owner := a.resolvePronoun(og, o)
	if owner == nil || len(owner.words) < 2 {
		return nil
	}
	var kin *person
	for _, per := range a.people {
		if per == owner || len(per.words) < 2 || !sameSurname(per.name, owner.name) || a.genderOf(per) != g || !a.namedBefore(per, at) || a.diedBefore(per, at) ||
			a.ownsKin(per) || a.introducedAsOtherKin(per, toks[n].lower) {
			continue
		}
		if kin != nil && kin != per {
			return nil
		}
		kin = per
	}
	return kin
}

// personOfAge returns the one person the text gave the age n before
// token at ("Tomas Hruby, 58,", "NAME, a 58-year-old teacher,"), for
// "the 58-year-old" when someone else
// spoke since; nil when none or several were given it.
func (a *analysis) personOfAge(n, at int) *person {
	if n <= 0 {
		return nil
	}
	var found *person
	for _, per := range a.people {
		age := a.statedAge(per, at)
		if age == 0 && a.namedBefore(per, at) {
			age = a.introducedAge(per) // "NAME, a 58-year-old teacher,"
		}
		if !a.personLike(per) || age != n {
			continue
		}
		if found != nil {
			return nil
		}
		found = per
	}
	return found
}

// describedAside returns the holder of the role that an aside in sentence
// s, before token at, says the sentence: in "Pruitt had argued with a
// cook, the major said, then came back", the major (whom the story named
// with that role) is who speaks, for a later "he said", not the sentence's
// subject. It returns the holder and the aside's "the".
func (a *analysis) describedAside(s, at int) (*person, int) {
	toks := a.d.toks
	sn := a.d.sents[s]
	if !a.hasCommaThe(s) {
		return nil, 0
	}
	for k := sn.first + 1; k+2 < sn.lim && k+2 < at; k++ {
		if !a.commaThe(k) {
			continue
		}
		j := k + 1
		for j < sn.lim && (a.roleKind(j) == rMod || a.roleKind(j) == rQual) {
			j++
		}
		v := j + 1
		if v+1 >= sn.lim || a.roleKind(j) != rHead || a.personAt[j] >= 0 || !a.quoteClass(v, qcSpeech) || toks[v+1].text != "," && toks[v+1].text != "." {
			continue
		}
		p := a.personWithHead(toks[j].lower, k)
		if j > k+1 {
			p = a.personWithTitle(strings.ToLower(a.d.text[toks[k+1].start:toks[j].end]), toks[j].lower, k)
		}
		if p != nil {
			return p, k
		}
	}
	return nil, 0
}

// commaThe reports a "the" after a comma, outside quotes, at token k
// (k > 0): where describedAside's asides start.
func (a *analysis) commaThe(k int) bool {
	toks := a.d.toks
	return toks[k].lower == "the" && toks[k-1].text == "," && a.quoteAt[k] < 0
}

// hasCommaThe reports whether sentence s has a commaThe that an aside
// could start at, read once per sentence (see quotesAndSpeakers.asides).
func (a *analysis) hasCommaThe(s int) bool {
	if is, known := a.asides.lookup(s, len(a.d.sents)); known {
		return is
	}
	sn := a.d.sents[s]
	for k := sn.first + 1; k+2 < sn.lim; k++ {
		if a.commaThe(k) {
			return a.asides.keep(s, true)
		}
	}
	return a.asides.keep(s, false)
}

// ownsKin reports a person the text names as the owner of a relative
// ("Reed's father", "Reed's grandfather"): the one the relatives are
// related to, never one of them.
func (a *analysis) ownsKin(per *person) bool {
	toks := a.d.toks
	for _, mi := range per.mentionIdx {
		if l := a.mentions[mi].lim; l+1 < len(toks) && toks[l].lower == "'s" && a.lx.kin[toks[l+1].lower] != 0 {
			return true
		}
	}
	return false
}

// introducedAsOtherKin reports a person introduced with a noun for a
// relative other than noun ("Reed's grandfather, Walter Reed," is no one's
// father here).
func (a *analysis) introducedAsOtherKin(per *person, noun string) bool {
	toks := a.d.toks
	for _, mi := range per.mentionIdx {
		m := a.mentions[mi]
		b := m.prefix - 1
		if b > 0 && toks[b].text == "," {
			b--
		}
		if b >= 0 && a.lx.kin[toks[b].lower] != 0 && toks[b].lower != noun {
			return true
		}
	}
	return false
}
