package extract

// mishapVerbs after personnel tell a mishap they met, not a deployment:
// "two soldiers were swept away and later rescued", "the 300 soldiers
// who fell at the Somme".
var mishapVerbs = wordList("mishap")

// mishapAux make a mishap verb the personnel's own predicate: a passive
// ("were trapped") or a relative clause ("who fell").
var mishapAux = closedWords(func() map[string]bool {
	return map[string]bool{"was": true, "were": true, "been": true, "who": true, "had": true}
})

// metMishap reports a mishap verb in the clause right after personnel
// ending at lim, made theirs by a passive or relative auxiliary right
// before it (adverbs aside): such a figure counts people who met it, as a
// toll does, and no force sent or held. "Troops rescued 40 villagers"
// has no auxiliary and stays a deployment's business.
func (a *analysis) metMishap(lim int) bool {
	return a.auxVerbAfter(lim, mishapVerbs, mishapAux) >= 0
}

// auxVerbAfter returns the first word of verbs in the clause right after
// personnel ending at lim (six words at most, in their sentence) when an
// auxiliary of aux right before it makes it theirs, adverbs aside ("who
// were later evacuated"); -1 when the clause has none, or its first such
// verb has no auxiliary. The clause ends at the first token that is no word
// ("soldiers, who ..." is read by the callers' other checks).
func (a *analysis) auxVerbAfter(lim int, verbs, aux *wordSet) int {
	toks := a.d.toks
	if lim < 1 || lim >= len(toks) {
		return -1
	}
	sent := toks[lim-1].sent
	for k := lim; k < len(toks) && k < lim+6 && toks[k].sent == sent; k++ {
		if toks[k].kind != tWord {
			return -1
		}
		if !verbs.hasToken(&toks[k]) {
			continue
		}
		p := k - 1
		for p >= lim && (isAdverb(toks[p]) || toks[p].lower == "later" || toks[p].lower == "also") {
			p--
		}
		if p >= lim && aux.hasToken(&toks[p]) {
			return k
		}
		return -1
	}
	return -1
}
