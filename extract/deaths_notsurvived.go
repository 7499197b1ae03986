package extract

// survivorBeyondList reports a subject before "did not survive" at j that
// the victim list does not hold but that can die: a person named ("Mr
// Okafor did not survive"), a noun for a person ("the pensioner"), or
// "and" after a clause that hurt its subject ("was shot several times and
// did not survive"). "The bill was amended and did not survive" is no
// death: nothing hurt the bill.
func (a *analysis) survivorBeyondList(j int) bool {
	toks := a.d.toks
	if a.personAt[j] >= 0 || a.listedPersonNoun(j) || a.singularAgent(j) {
		return true
	}
	if toks[j].lower != "and" {
		return false
	}
	s := a.d.sents[toks[j].sent]
	for k := j - 1; k >= s.first && k >= j-8; k-- {
		if toks[k].kind == tPunct {
			return false
		}
		if kinds, _ := a.lx.death.match(toks, k, true); len(kinds) > 0 {
			ks, _ := a.deathKindsAt(k)
			return hasKind(ks, dHurt)
		}
	}
	return false
}

// survivedNothingElse reports what follows "did not survive" at k when
// the subject is named: the clause's end ("and did not survive.") or a
// hurt, a cause of death or an event people die in ("did not survive
// his injuries", "the crash"); "the primary", "the vote" or "the
// reshuffle" are survived by careers, not people.
func (a *analysis) survivedNothingElse(k int) bool {
	toks := a.d.toks
	if k >= len(toks) || toks[k].sent != toks[k-1].sent || toks[k].kind == tPunct {
		return true
	}
	switch toks[k].lower {
	case "the", "a", "an", "his", "her", "their", "its":
	default:
		return !toks[k].cap && (prepositions.hasToken(&toks[k]) || toks[k].lower == "and" || isAdverb(toks[k]))
	}
	for e := k + 1; e < len(toks) && e <= k+3 && toks[e].kind == tWord; e++ {
		if ks, _ := a.deathKindsAt(e); ks != 0 || fatalCauses.hasToken(&toks[e]) || lossEvents.hasToken(&toks[e]) {
			return true
		}
	}
	return false
}
