package extract

// visitNouns name a journey to a state (words_people.tsv visit-noun).
var visitNouns = wordList("visit-noun")

// liaisonNouns name a go-between's post (words_people.tsv liaison-noun).
var liaisonNouns = wordList("liaison-noun")

// stateInAsideAfter reads the comma aside right after each of the
// holder's names: at each lower-case word of nouns within width tokens of
// the comma, in its sentence, stateAt gives a state (returned) or says the
// aside is done. It returns "" when no aside gives one.
func (a *analysis) stateInAsideAfter(p *person, nouns *wordSet, width int, stateAt func(j int) (code string, done bool)) string {
	toks := a.d.toks
	for _, mi := range p.mentionIdx {
		k := a.mentions[mi].lim
		if k >= len(toks) || toks[k].text != "," {
			continue
		}
		for j := k + 1; j < len(toks) && j < k+width && toks[j].kind == tWord && toks[j].sent == toks[k].sent; j++ {
			if toks[j].cap || !nouns.hasToken(&toks[j]) {
				continue
			}
			code, done := stateAt(j)
			if code != "" {
				return code
			}
			if done {
				break
			}
		}
	}
	return ""
}

// visitedState returns the state an aside right after one of the
// holder's names says the holder is visiting ("Armed Forces Minister
// NAME, on her second visit to Romania, said", "NAME, visiting Kenya,"),
// or "": a visitor's office is never the host's, however often the story
// names the host or writes from its capital.
func (a *analysis) visitedState(p *person) string {
	return a.stateInAsideAfter(p, visitNouns, 7, func(j int) (string, bool) {
		toks := a.d.toks
		n := j + 1
		if n < len(toks) && (toks[n].lower == "to" || toks[n].lower == "of" || toks[n].lower == "in") {
			n++
		}
		if m, ok := a.stateMentionAt(n); ok && m.first == n && m.kind != sAdjective && !m.possessive {
			return m.code, true
		}
		return "", false // another visit word may follow
	})
}

// liaisonState returns the state an aside right after one of the
// holder's names says the holder is a go-between with ("retired Colonel
// NAME, who served as a liaison officer with the French,", "NAME, the
// army's liaison to the US forces,"), or "": a liaison faces the other
// side, so its office is not that side's.
func (a *analysis) liaisonState(p *person) string {
	return a.stateInAsideAfter(p, liaisonNouns, 9, func(j int) (string, bool) {
		toks := a.d.toks
		n := j + 1
		if n < len(toks) && a.roleKind(n) != 0 && !toks[n].cap {
			n++ // "liaison officer with"
		}
		if n+1 >= len(toks) || toks[n].lower != "with" && toks[n].lower != "to" {
			return "", true
		}
		if n++; toks[n].lower == "the" {
			n++
		}
		if m, ok := a.stateMentionAt(n); ok && m.first == n && !m.possessive {
			return m.code, true
		}
		return "", true
	})
}
