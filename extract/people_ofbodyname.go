package extract

// Capitals after "Ministry of" that close a body's name before a verb
// ("the Ministry of Peshmerga Affairs said", "Ministry of Foreign Affairs
// and Egyptians Abroad said") are the rest of that name, not a person
// whose name a speech verb follows (sk13, blind round r29g).

// ofBodyJoins may stand inside a body's name after its head: "Ministry of
// Labour and Social Affairs", "Department for Business & Trade".
var ofBodyJoins = closedSet("of", "for", "and", "&")

// afterOfBodyHead reports a run [start, lim) that continues, back over
// capitalised words and joining words only, the name a body's head word
// opens with "of" or "for" after it ("Ministry of", "Department for"): no
// title stands in between ("Department of Health Secretary NAME" names a
// person) and no given name opens the run.
func (a *analysis) afterOfBodyHead(start, lim int) bool {
	toks := a.d.toks
	if start < 2 || a.isGivenName(start) || lim < len(toks) && toks[lim].cap && toks[lim].kind == tWord {
		return false
	}
	for k := start - 1; k >= 1 && k >= start-8; k-- {
		t := &toks[k]
		switch {
		case ofBodyJoins.hasToken(t):
			if (t.lower == "of" || t.lower == "for") && a.ofBodyHeadAt(k-1) {
				return true
			}
		case t.kind != tWord || !t.cap || a.personAt[k] >= 0 || a.headRoleAt(k):
			return false
		}
	}
	return false
}

// headRoleAt reports a role that heads a title at k ("Secretary",
// "Minister", "General"), not a portfolio ("Foreign Affairs").
func (a *analysis) headRoleAt(k int) bool {
	r := a.roleKind(k)
	return r == rHead || r == rWeak || r == rRank || r == rHonorific
}

// ofBodyHeadAt reports a capitalised word for a state's institution or a
// body ("Ministry", "Department", "Agency") at k.
func (a *analysis) ofBodyHeadAt(k int) bool {
	t := &a.d.toks[k]
	if !t.cap || t.kind != tWord {
		return false
	}
	b, ok := a.lx.bodyWords[t.lower]
	return ok && (b.kind == "state" || b.kind == "body")
}

// bodyNameAside reports one capitalised word set off by commas right after
// a lower-case noun for a body and right before a name: in "the capital's
// development authority, Rajuk, Abul Kalam Siddiqui, said" the word is the
// authority's name, and the name after it the person's.
func (a *analysis) bodyNameAside(start, lim int) bool {
	toks := a.d.toks
	if lim-start != 1 || start < 2 || lim+2 >= len(toks) || toks[start-1].text != "," || toks[lim].text != "," || a.isGivenName(start) {
		return false
	}
	n := &toks[start-2]
	if n.cap || n.kind != tWord {
		return false
	}
	if b, ok := a.lx.bodyWords[n.lower]; !ok || b.kind != "state" && b.kind != "body" {
		if !bodyNouns.hasToken(n) {
			return false
		}
	}
	next := &toks[lim+1]
	return next.cap && next.kind == tWord && lim+2 < len(toks) && toks[lim+2].cap && toks[lim+2].kind == tWord
}

// bodyAsideComma returns the comma before a body's one-word name set off
// before the name at first ("development authority, Rajuk, NAME", "bishops'
// conference, CENCO, NAME"), where the title before it is read; -1 when
// there is none.
func (a *analysis) bodyAsideComma(first int) int {
	toks := a.d.toks
	if first < 4 || toks[first-1].text != "," || toks[first-3].text != "," || toks[first-4].cap {
		return -1
	}
	if !isAcronym(toks[first-2].text) && !a.bodyNameAside(first-2, first-1) {
		return -1
	}
	return first - 3
}
