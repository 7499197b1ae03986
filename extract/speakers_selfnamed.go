package extract

// selfNamingWords introduce the name a body goes by after the noun for
// it: "a group calling itself the Islamic Front", "a faction known as
// Saraya Awliya al-Dam", "an outfit called the Northern Cell".
var selfNamingWords = closedSet("calling", "calls", "called", "known", "named")

// npSelfNamedGroup: "a group calling itself the Islamic Front claimed the
// attack, saying …" is spoken by the body it names, not by the noun
// "group" or a body in an apposition after the name. The phrase must end
// on a noun for a body (org-type) and the name be capitalised.
func (a *analysis) npSelfNamedGroup(p *npPhrase) (speaker, npVerdict) {
	if name := a.selfNamedBody(p.l - 1); name != "" {
		return speaker{name: name, body: true}, npAccept
	}
	return speaker{}, npPass
}

// selfNamedBody returns the name given to the body noun at k by the words
// after it ("calling itself", "that calls itself", "called", "known as"),
// or "".
func (a *analysis) selfNamedBody(k int) string {
	toks := a.d.toks
	if k < 0 || k+3 >= len(toks) || toks[k].cap || !orgTypeNouns.hasToken(&toks[k]) {
		return ""
	}
	j := k + 1
	if toks[j].lower == "that" || toks[j].lower == "which" {
		j++
	}
	if !selfNamingWords.hasToken(&toks[j]) {
		return ""
	}
	switch toks[j].lower {
	case "calling", "calls":
		if toks[j+1].lower != "itself" {
			return ""
		}
		j += 2
	case "known":
		if toks[j+1].lower != "as" {
			return ""
		}
		j += 2
	default:
		j++
	}
	if j < len(toks) && toks[j].lower == "the" {
		j++
	}
	if j >= len(toks) || !toks[j].cap || toks[j].kind != tWord {
		return ""
	}
	e := a.selfNameEnd(j)
	if o := a.orgAt[j]; o >= 0 && a.orgs[o].first == j {
		e = max(e, a.orgs[o].lim) // "the Islamic Resistance in Iraq"
	}
	if e <= j {
		return ""
	}
	return a.d.text[toks[j].start:toks[e-1].end]
}

// selfNamedGroupSubject reads the subject of the sentence that opens at
// start as a body that names itself ("A group calling itself the Islamic
// Front, an umbrella for militias, claimed …"): the noun for the body
// stands within the first words, before the verb's subject ends at e.
func (a *analysis) selfNamedGroupSubject(start, e int) (speaker, bool) {
	toks := a.d.toks
	for k := start; k < e && k <= start+3; k++ {
		if toks[k].kind != tWord || toks[k].text == "," {
			return speaker{}, false
		}
		if name := a.selfNamedBody(k); name != "" {
			return speaker{name: name, body: true}, true
		}
	}
	return speaker{}, false
}

// selfNameEnd returns the end of the capitalised name a body gives itself
// from j: capitalised words, with "of", "and", "the", "in" or "for" between
// them. A pair of capitals read as a person's name is the body's here
// ("a faction calling itself the Northern Shield").
func (a *analysis) selfNameEnd(j int) int {
	toks := a.d.toks
	e := j
	for e < len(toks) && e < j+8 && toks[e].para == toks[j].para {
		if toks[e].kind == tWord && toks[e].cap {
			e++
			continue
		}
		if x := toks[e].lower; e > j && (x == "of" || x == "and" || x == "the" || x == "in" || x == "for") && e+1 < len(toks) && toks[e+1].cap && toks[e+1].kind == tWord {
			e++
			continue
		}
		break
	}
	return e
}
