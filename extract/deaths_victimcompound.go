package extract

// victimCompoundEnd returns the token after a compound of victims whose
// first victim noun, just read before j, modifies a head further on:
// "and a civilian joint task force member died", "a civilian militia
// member". The words between are plain lower-case words, no verb, no
// death word and no function word; the head is a victim's noun, and a
// verb of dying follows it. It returns j when there is no such compound.
func (a *analysis) victimCompoundEnd(j int) int {
	toks := a.d.toks
	if j < 1 || !a.victimWord(toks[j-1].lower) {
		return j
	}
	for k := j; k < len(toks) && k < j+4 && toks[k].para == toks[j].para; k++ {
		t := &toks[k]
		if t.kind != tWord || t.cap || npFunctionWords.hasToken(t) || prepositions.hasToken(t) || connectors.hasToken(t) {
			return j
		}
		if kinds, _ := a.deathKindsAt(k); kinds != 0 {
			return j
		}
		if k > j && a.victimWord(t.lower) && a.deathVerbOpens(k+1) {
			return k + 1
		}
	}
	return j
}

// quotedVictimsClose reports a quotation mark at j that closes a quoted
// count of victims, its auxiliary and death word right after it: `said
// that "more than 40 terrorists" had died in the counter-attack`.
func (a *analysis) quotedVictimsClose(j int) bool {
	toks := a.d.toks
	k := j + 1
	for k < len(toks) && k < j+3 && a.figureBits(k)&fcDeathAux != 0 {
		k++
	}
	if k == j+1 || k >= len(toks) {
		return false
	}
	kinds, _ := a.deathKindsAt(k)
	return kinds&^(1<<dHurt) != 0
}

// deathVerbOpens reports a verb of dying at k, past auxiliaries: "died",
// "were killed".
func (a *analysis) deathVerbOpens(k int) bool {
	toks := a.d.toks
	for k < len(toks) && a.figureBits(k)&fcDeathAux != 0 {
		k++
	}
	if k >= len(toks) {
		return false
	}
	kinds, _ := a.deathKindsAt(k)
	return hasKind(kinds, dPassive) || hasKind(kinds, dIntrans)
}

// quotedModifierEnd returns the index after a modifier of one to three
// words set in quotation marks at j, right before a noun of death or of
// the victims: 15 "disaster-related" deaths, two "suspected" smugglers
// killed. Else j.
func (a *analysis) quotedModifierEnd(j int) int {
	toks := a.d.toks
	if toks[j].kind != tQuote || j+2 >= len(toks) {
		return j
	}
	for k := j + 1; k < len(toks) && k <= j+4; k++ {
		switch {
		case toks[k].kind == tQuote:
			if k == j+1 || k+1 >= len(toks) {
				return j
			}
			if kinds, _ := a.deathKindsAt(k + 1); kinds != 0 && !hasKind(kinds, dHurt) || a.victimWord(toks[k+1].lower) {
				return k + 1
			}
			return j
		case toks[k].kind != tWord && toks[k].text != "-":
			return j
		}
	}
	return j
}
