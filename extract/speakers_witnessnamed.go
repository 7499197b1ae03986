package extract

// A witness the story quotes first as "a woman", "a driver" or "one
// teacher" and names only in a sentence after ("The woman, NAME, said
// ...") is that person: the gold gives the words to the name, not to the
// description (sk13, blind round r29h).

// witnessKinds are the nouns that the naming sentence may use for any
// witness, whatever noun introduced them: "said a shopkeeper ... The man,
// NAME, 61,".
var witnessKinds = wordList("witness-kind")

// npWitnessNamedAfter: an indefinite description ("a driver who had been
// heading home", "one teacher") whose head noun, or "man" or "woman", opens
// one of the next three sentences, in its paragraph or the next, as "The
// NOUN, NAME," where NAME is mentioned there for the first time.
func (a *analysis) npWitnessNamedAfter(p *npPhrase) (speaker, npVerdict) {
	w := p.first.lower
	if w != "a" && w != "an" && w != "one" || len(p.ppl) > 0 {
		return speaker{}, npPass
	}
	head := -1
	for k := p.f + 1; k < p.l && k <= p.f+3 && head < 0; k++ {
		if a.d.toks[k].kind != tWord || a.d.toks[k].cap {
			break
		}
		if a.personNoun(k) {
			head = k
		}
	}
	if head < 0 {
		return speaker{}, npPass
	}
	if per := a.witnessNamedAfter(a.d.toks[head].lower, p.f); per != nil {
		return a.personSpeaker(per, p.f), npAccept
	}
	return speaker{}, npPass
}

// witnessNamedAfter returns the person a sentence after token at names as
// "The NOUN, NAME," (NOUN the head noun or a witness kind), NAME not named
// before at; nil when there is none.
func (a *analysis) witnessNamedAfter(noun string, at int) *person {
	toks := a.d.toks
	from, to := a.sentencesNear(at)
	for s := from; s < to; s++ {
		f := a.d.sents[s].first
		if per := a.agedNameOpens(f, at, s == from); per != nil {
			return per
		}
		j := f + 1
		if toks[f].lower != "the" || a.quoteAt[f] >= 0 || j+2 >= len(toks) || toks[j+1].text != "," {
			continue
		}
		if toks[j].lower != noun && !witnessKinds.hasToken(&toks[j]) {
			continue
		}
		mi := a.personAt[j+2]
		if mi < 0 || a.mentions[mi].first != j+2 {
			continue
		}
		if per := a.people[a.mentions[mi].person]; !a.namedBefore(per, at) {
			return per
		}
	}
	return nil
}

// agedNameOpens returns the person whose first mention opens the sentence
// at token f, with an age set off by commas ("Paul Ferreira, 44, said he
// had stopped"), when that sentence comes right after the quote's, in its
// paragraph (next); nil otherwise.
func (a *analysis) agedNameOpens(f, at int, next bool) *person {
	toks := a.d.toks
	mi := a.personAt[f]
	if !next || mi < 0 || toks[f].para != toks[at].para {
		return nil
	}
	m := a.mentions[mi]
	e := m.lim
	if m.first != f || e+2 >= len(toks) || toks[e].text != "," || toks[e+1].kind != tNum || toks[e+2].text != "," {
		return nil
	}
	if per := a.people[m.person]; !a.namedBefore(per, at) {
		return per
	}
	return nil
}
