package extract

// ordinalDeaths are the nouns of one death an ordinal ranks: "death",
// "fatality"; deathConfirms confirm or record one: "confirmed".
var (
	ordinalDeaths = wordList("ordinal-death")
	deathConfirms = wordList("death-confirm")
)

// ordinalDeath reads "a second death", "a third fatality" at the ordinal
// i (rank v, "a" at b) where a verb confirms or records it, before ("the
// office confirmed a second death") or after ("a third fatality was
// recorded"): the dead so far, as "a 19th body was found" tells them.
func (a *analysis) ordinalDeath(i, b int, v int64) (Deaths, bool) {
	toks := a.d.toks
	h := i + 1
	if toks[b].lower != "a" || h >= len(toks) || !ordinalDeaths.hasToken(&toks[h]) {
		return Deaths{}, false
	}
	before := b > 0 && deathConfirms.hasToken(&toks[b-1])
	after := h+2 < len(toks) && beAux.hasToken(&toks[h+1]) && deathConfirms.hasToken(&toks[h+2])
	if !before && !after {
		return Deaths{}, false
	}
	d := a.makeDeath(number{first: i, hedge: i, lim: i + 1, value: v}, b, h+1, ruleDeathRunning)
	d.Cumulative = true
	return d, true
}

// onlyFatality reads "the only fatality" (or death) at i, "only": one
// dead, "the body of the missing diver, the only fatality of the storm".
func (a *analysis) onlyFatality(i int) (Deaths, bool) {
	toks := a.d.toks
	if toks[i].lower != "only" || i < 1 || i+1 >= len(toks) || toks[i-1].lower != "the" || !ordinalDeaths.hasToken(&toks[i+1]) {
		return Deaths{}, false
	}
	if i+2 < len(toks) && toks[i+2].kind == tWord && toks[i+2].lower != "of" && toks[i+2].lower != "in" && !beAux.hasToken(&toks[i+2]) {
		return Deaths{}, false // "the only death certificate"
	}
	return a.makeDeath(number{first: i, hedge: i, lim: i + 1, value: 1}, i-1, i+2, ruleDeathRunning), true
}

// confirmedBare reads a bare number that a verb of confirming takes,
// ending its phrase, in a sentence of killing: "Kinshasa said the fighting
// had killed well over a thousand civilians; the UN said it could confirm
// 486". The dead are the sentence's; "confirmed 40 arrests" is none.
func (a *analysis) confirmedBare(n number, rule string) (Deaths, bool) {
	toks := a.d.toks
	k := n.hedge - 1
	if k > 1 && (toks[k].lower == "only" || toks[k].lower == "just") {
		k-- // "could confirm only 142"
	}
	if k < 1 || !deathConfirms.hasToken(&toks[k]) || !a.phraseEnds(n) || a.isYear(n) {
		return Deaths{}, false
	}
	if !a.sentenceHas(n.first, killingWords.words()) {
		return Deaths{}, false
	}
	return a.makeDeath(n, k, n.lim, rule), true
}
