package extract

// A verb of killing split by its object from "to death": "The stampede
// crushed eight fans to death", "The mob beat two men to death". The
// lexicon holds "crushed to death" and "beaten to death" as phrases, which
// the object parts. "sentenced 12 officers to death" stays no figure:
// "sentenced to death" is no phrase of dying in the lexicon.

// verbToDeathAround reads the number between a verb and "to death" when
// the verb and "to death" together are a passive phrase of dying in the
// lexicon and the words between the number and "to" name people.
func (a *analysis) verbToDeathAround(n number, rule string) (Deaths, bool) {
	toks := a.d.toks
	v := n.hedge - 1
	if v < 0 || toks[v].kind != tWord {
		return Deaths{}, false
	}
	// "to death" first, and only then the people before it: most numbers
	// have none after them, and the tests of people are list look-ups
	for j := n.lim; j < len(toks) && j <= n.lim+6; j++ {
		t := &toks[j]
		if t.lower == "to" && j+1 < len(toks) && toks[j+1].lower == "death" {
			if !a.peopleBetween(n.lim, j) || !a.diesToDeath(v, j) {
				return Deaths{}, false
			}
			return a.makeDeath(n, v, j+2, rule), true
		}
		if t.kind != tWord || t.sent != toks[n.first].sent || t.lower == "and" || t.lower == "or" || t.lower == "but" {
			return Deaths{}, false // "stabbed two men and beat a third to death": the third
		}
	}
	return Deaths{}, false
}

// peopleBetween reports a word of tokens [from, to) that names people: a
// victim word, a listed person noun, a plural agent noun or a demonym.
func (a *analysis) peopleBetween(from, to int) bool {
	for j := from; j < to; j++ {
		if a.victimWord(a.d.toks[j].lower) || a.listedPersonNoun(j) || a.pluralAgentNoun(j) || a.demonymPlural(j) {
			return true
		}
	}
	return false
}

// diesToDeath reports the verb at v and "to death" at j as a passive
// phrase of dying that the death lexicon holds ("crushed to death").
func (a *analysis) diesToDeath(v, j int) bool {
	toks := a.d.toks
	return a.diesToDeathPhrase(toks[v], toks[j], toks[j+1]) || a.diesToDeathIng(v, j)
}

// diesToDeathPhrase reports the verb and "to death" as a passive phrase of
// dying that the lexicon holds.
func (a *analysis) diesToDeathPhrase(verb, to, death token) bool {
	phrase := []token{verb, to, death}
	phrase[1].para, phrase[2].para = phrase[0].para, phrase[0].para
	vals, lim := a.lx.death.match(phrase, 0, true)
	if lim != 3 {
		return false
	}
	var kinds deathKinds
	for _, x := range vals {
		kinds |= 1 << a.lx.deathKinds[x]
	}
	return hasKind(kinds, dPassive) && !hasKind(kinds, dHurt)
}
