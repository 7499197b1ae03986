package extract

// formerHolder is the person the article named as the one a holder of
// the office that "the former interior minister said" names replaced:
// "NAME replaces NAME2", "He succeeds NAME2" with a subject who holds
// that office makes NAME2 its former holder ("swore in a new interior
// minister … He replaces Jorge Ccori Mamani … the former minister told
// RPP"), though the article gave NAME2 no title of their own. Someone
// else titled a former minister of another office ("a former Uruguayan
// foreign minister") is not meant. Nil when no sentence words it so.
func (a *analysis) formerHolder(p *npPhrase) *person {
	toks := a.d.toks
	if p.first.lower != "the" || p.l-p.f < 3 || !leftOfficeWords.hasToken(&toks[p.f+1]) {
		return nil
	}
	head := p.last.lower
	for k := p.f - 1; k > 0; k-- {
		if !successionVerbs.hasToken(&toks[k]) || toks[k].cap || a.quoteAt[k] >= 0 {
			continue
		}
		mi := a.personAt[k+1]
		if mi < 0 {
			continue
		}
		replaced := a.people[a.mentions[mi].person]
		if holder := a.subjectOfVerb(k); holder != nil && holder != replaced && (a.holdsRole(holder, head) || a.apposedToHead(holder, head)) {
			return replaced
		}
	}
	return nil
}

// subjectOfVerb is the person the verb at token v has for its subject:
// the person named last before it in its sentence, or the person a
// pronoun right before it stands for.
func (a *analysis) subjectOfVerb(v int) *person {
	toks := a.d.toks
	k := v - 1
	if g, ok := personPronouns()[toks[k].lower]; ok && g != 0 {
		return a.resolvePronoun(g, k)
	}
	for ; k >= 0 && k < v && toks[k].sent == toks[v].sent; k-- {
		if mi := a.personAt[k]; mi >= 0 && a.mentions[mi].lim == k+1 {
			return a.people[a.mentions[mi].person]
		}
	}
	return nil
}

// apposedToHead reports a mention of p set off by a comma right after
// the head noun of an office, "The new interior minister, NAME,": p holds
// it, though the role chosen for p may be another one of p's ("a retired
// police general").
func (a *analysis) apposedToHead(p *person, head string) bool {
	toks := a.d.toks
	for _, mi := range p.mentionIdx {
		if f := a.mentions[mi].prefix; f >= 2 && toks[f-1].text == "," && toks[f-2].lower == head {
			return true
		}
	}
	return false
}

// leftOfficeWords mark the holder who left an office; successionVerbs say who
// took it over from whom.
var (
	leftOfficeWords = closedSet("former", "outgoing", "ousted", "departing", "previous")
	successionVerbs = closedSet("replaces", "replaced", "replacing", "succeeds", "succeeded", "succeeding")
)
