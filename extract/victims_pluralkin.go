package extract

// Plural victim nouns counted by what stands around them rather than by a
// number: the ages before them ("their 6- and 10-year-old sons") or the
// names in an apposition after them ("his stepsons, Quinn and Tory
// Carlson, were killed").

// suspendedAges counts the ages of a run at j whose hyphens wait for the
// last one: "6- and 10-year-old" (two), "3-, 5- and 8-year-old" (three).
// It returns the count and the index after the last age, or 0 and j.
func (a *analysis) suspendedAges(j int) (int64, int) {
	toks := a.d.toks
	var n int64
	k := j
	for k+2 < len(toks) && toks[k].kind == tNum && toks[k+1].text == "-" && !toks[k+1].spaceBefore {
		n++
		k += 2
		if toks[k].text == "," {
			k++
		}
		if k < len(toks) && (toks[k].lower == "and" || toks[k].lower == "or") {
			k++
			break
		}
	}
	if n == 0 || k >= len(toks) || !hyphenAge(toks[k].lower) || toks[k-1].lower != "and" {
		return 0, j // "aged 6- or 10-" is no count of people
	}
	return n + 1, k + 1
}

// agedPlural counts a plural noun for people at j after suspended ages:
// "6- and 10-year-old sons" is two. It returns 0 and j when there is none.
func (a *analysis) agedPlural(j int) (int64, int) {
	n, e := a.suspendedAges(j)
	for steps := 0; n > 1 && e < len(a.d.toks) && steps < 2; steps++ {
		if a.victimKindOf(a.d.toks[e].lower)&(vPlural|vKinPlural) != 0 {
			return n, e + 1
		}
		if a.victimKindOf(a.d.toks[e].lower)&vAdj == 0 {
			break // "twin", "little": an adjective may stand between
		}
		e++
	}
	return 0, j
}

// namesCounted counts the people of a plural noun by the names in the
// apposition after it, at j: ", Quinn and Tory Carlson," (two) before the
// verb. Every item must hold a name (nameInRun), and the
// apposition must close on a comma before a predicate: "his sons, Quinn
// and Tory, in Leeds" names no victims for certain.
func (a *analysis) namesCounted(j int) (int64, int) {
	toks := a.d.toks
	if j >= len(toks) || toks[j].text != "," {
		return 0, j
	}
	var n int64
	joined := false // "Quinn and Tory": a list of names ends in "and"
	k := j + 1
	for k < len(toks) && n < 8 {
		e := k
		for e < len(toks) && toks[e].cap && toks[e].kind == tWord && e < k+3 {
			e++
		}
		if e == k || !a.nameInRun(k, e) {
			return 0, j
		}
		n, k = n+1, e
		if k+1 < len(toks) && toks[k].text == "," && toks[k+1].lower == "and" {
			k++
		}
		if k >= len(toks) || toks[k].lower != "and" && toks[k].text != "," {
			return 0, j
		}
		joined = joined || toks[k].lower == "and"
		if toks[k].text == "," && toks[k-1].kind == tWord && k+1 < len(toks) && (predicateAux.hasToken(&toks[k+1]) || a.diedNext(k+1)) {
			break
		}
		k++
	}
	if n < 2 || !joined || k >= len(toks) || toks[k].text != "," {
		return 0, j
	}
	return n, k + 1
}

// nameInRun reports a capitalised run from k to e that holds a name: a
// known person, a given name or a word the gazetteers do not hold ("Tory
// Carlson" has one though "Tory" is a party).
func (a *analysis) nameInRun(k, e int) bool {
	for ; k < e; k++ {
		if a.personAtTok(k) >= 0 || a.lx.givenNameWord(a.d.toks[k].text) || a.loneNameAt(k) {
			return true
		}
	}
	return false
}

// headlineVictims reads the victims of a headline, written without
// articles: "Mother and daughter dead after fire" (two, as the subject at
// the sentence start) and "Man fatally shoots wife" (one, a bare kin noun
// as the object when the subject is a bare noun for a person). Prose puts
// an article or a possessive there, which victimItem reads.
func (a *analysis) headlineVictims(j int, role listRole) (int64, int, bool) {
	toks := a.d.toks
	bare := func(k int) bool {
		return k < len(toks) && toks[k].kind == tWord && a.victimKindOf(toks[k].lower)&(vBasic|vKin) != 0
	}
	switch role {
	case asSubject:
		if !toks[j].cap || j > 0 && toks[j-1].sent == toks[j].sent || !bare(j) || j+3 >= len(toks) {
			return 0, j, false
		}
		if (toks[j+1].lower == "and" || toks[j+1].text == ",") && bare(j+2) && !toks[j+2].cap && toks[j+3].lower != "of" {
			return 2, j + 3, true // "Father and son killed", "Mother, daughter die"
		}
	case asObject:
		s := j
		for s > 0 && toks[s-1].sent == toks[j].sent {
			s--
		}
		if toks[j].cap || s+1 >= j || !bare(s) || !toks[s].cap || a.victimKindOf(toks[j].lower)&vKin == 0 || possessiveAt(toks, j+1) {
			return 0, j, false
		}
		return 1, j + 1, true // "Man fatally shoots wife"
	}
	return 0, j, false
}

// headlineDead reports "dead" at k straight after victims read from i,
// with no verb, as a headline puts it: "Mother and daughter dead after
// fire", "Sheriff: 4 adults, 2 children dead". The victims must open the
// sentence (or follow a colon), lest the list be the tail of a longer one
// ("Woman, 3-year-old dead") or an object ("found a man and a woman
// dead"); a preposition or the end must follow "dead".
func (a *analysis) headlineDead(i, k int) bool {
	toks := a.d.toks
	if k >= len(toks) || toks[k].lower != "dead" || i > 0 && toks[i-1].sent == toks[i].sent && toks[i-1].text != ":" {
		return false
	}
	if k+1 >= len(toks) || toks[k+1].sent != toks[k].sent {
		return true
	}
	switch toks[k+1].lower {
	case "after", "in", "at", "on", "following", ",", ".", ";", ":", "-":
		return true
	}
	return false
}
