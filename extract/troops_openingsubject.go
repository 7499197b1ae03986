package extract

// openingSubjectAside returns the personnel or force noun that opens the
// clause of the verb of numbering at v as its subject (the sentence, or
// what a verb of saying reports), when the rest of the subject is a
// modifier closed by a comma or a dash right before the verb, or a relative "which" with a short adverbial: "The soldiers
// Bishkek sent to Batken, with armoured vehicles, numbered roughly
// 1,200"; "The new arrivals — riflemen and engineers flown in from
// Novosibirsk — totalled about 1,400"; "it said the new arrivals — ... —
// totalled about 1,400"; "The CSTO force that Tokayev called
// in, which at its height numbered about 2,000". The subject stands
// within the first words of its clause with no comma before it, and the
// words up to the verb hold no count, no semicolon and no verb of saying
// ("The soldiers said the crowd, with banners, numbered 1,200" is the
// crowd's size). "", -1 if none.
func (a *analysis) openingSubjectAside(v int) (string, int) {
	toks := a.d.toks
	e := a.asideCloseBefore(v)
	if e < 0 {
		return "", -1
	}
	start := a.saidClauseStart(e)
	for p := start; p < e && p <= start+12; p++ {
		t := &toks[p]
		if t.text == "," || t.kind == tNum || sayVerbs.hasToken(t) {
			return "", -1
		}
		u, ok := a.strongPersonnelAt(p)
		if !ok && forceNouns.hasToken(t) && !standingForces.hasToken(t) {
			u, ok = t.text, true
		}
		if !ok {
			continue
		}
		if a.standingForceIn(p) {
			return "", -1 // "Bosnia's own armed forces, which number about 10,000,": a state's whole strength
		}
		if p+1 < len(toks) && (toks[p+1].lower == "'s" || toks[p+1].lower == "of") {
			return "", -1 // "The soldiers' families, ...": the subject is something of theirs
		}
		for k := p + 1; k < e; k++ {
			if toks[k].kind == tNum && !a.bareYear(k) || toks[k].text == ";" || sayVerbs.hasToken(&toks[k]) {
				return "", -1
			}
		}
		return u, p
	}
	return "", -1
}

// asideCloseBefore returns the comma or dash that closes the aside right
// before the verb at v, past a relative "which" or "that" and up to three
// words of time ("which at its height numbered"), or -1.
func (a *analysis) asideCloseBefore(v int) int {
	toks := a.d.toks
	for k := v - 1; k > 0 && k >= v-5; k-- {
		if w := toks[k].lower; (w == "which" || w == "that") && toks[k-1].text == "," {
			return k - 1
		}
		if toks[k].kind != tWord {
			break
		}
	}
	if w := toks[v-1].text; w == "," || w == "—" || w == "–" {
		return v - 1
	}
	return -1
}

// saidClauseStart returns the first token of the clause that holds e:
// the token after the last verb of saying before it in its sentence (and
// its "that"), else the sentence's first.
func (a *analysis) saidClauseStart(e int) int {
	toks := a.d.toks
	s := a.d.sents[toks[e].sent]
	start := s.first
	for k := s.first; k < e; k++ {
		if sayVerbs.hasToken(&toks[k]) {
			start = k + 1
		}
	}
	if start < e && toks[start].lower == "that" {
		start++
	}
	return start
}

// standingForceIn reports a word of a state's standing forces in the
// personnel phrase at p: "armed forces", "the army".
func (a *analysis) standingForceIn(p int) bool {
	toks := a.d.toks
	_, lim := a.lx.personnel.match(toks, p, true)
	for k := p; k < max(lim, p+1); k++ {
		if standingForces.hasToken(&toks[k]) || toks[k].lower == "armed" {
			return true
		}
	}
	return false
}
