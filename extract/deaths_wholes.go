package extract

// The whole of a partitive ("half of the 60 people", "none of the 44
// passengers") is a count of everyone in a group: a toll only when the
// sentence says every one of them died.

// wholeQuantifiers take a part, not all, of the whole after "of the":
// "half of the 60 people on board are feared dead" counts the 60 alive
// and dead together; "any of the 300 detainees had died" counts no one.
var wholeQuantifiers = wordList("whole-quantifier")

// quantifiedWhole reports n as the whole after a quantifier of a part
// ("half of the", "most of the", "any of the") with a noun of people
// after it that no death participle qualifies: "most of the 60 people
// killed were civilians" is still a toll of 60, and victims are the dead.
func (a *analysis) quantifiedWhole(n number) bool {
	toks := a.d.toks
	k := a.wholeOf(n)
	if k < 1 || !wholeQuantifiers.hasToken(&toks[k-1]) {
		return false
	}
	lim, ok := a.victimsNoun(n.lim)
	if !ok || toks[lim-1].lower == "victims" {
		return false // "half of the 120 victims of the disaster": the dead
	}
	return !a.participleAt(lim)
}

// wholeOf returns the index of "of" in "of the N" or "of its N" before
// n, or -1.
func (a *analysis) wholeOf(n number) int {
	toks := a.d.toks
	k := n.hedge - 1
	if k >= 0 && (toks[k].lower == "the" || possessivePronoun(toks[k].lower)) {
		k--
	}
	if k < 0 || toks[k].lower != "of" {
		return -1
	}
	return k
}

// noneSurvived reads the whole of which none survived as its toll: "Not
// one of the 56 passengers on board survived the crash", "None of the 44
// people aboard the ferry survived." A whole of things ("none of the 40
// bills survived") or a survival denied ("none of the 12 who survived")
// is none.
func (a *analysis) noneSurvived(n number) (Deaths, bool) {
	toks := a.d.toks
	k := a.wholeOf(n)
	denied := k >= 1 && (noneWords.hasToken(&toks[k-1]) ||
		toks[k-1].lower == "one" && k >= 2 && (toks[k-2].lower == "not" || toks[k-2].lower == "no" || toks[k-2].lower == "single"))
	if !denied && a.survivedAmong(n) {
		if _, people := a.victimsNoun(n.lim); people {
			return a.makeDeath(n, n.hedge, n.lim, ruleDeathToll), true // "nobody had survived among the four people"
		}
	}
	if !denied && !a.nobodyAmong(n) {
		return Deaths{}, false
	}
	e, people := a.victimsNoun(n.lim)
	if !people && (n.lim >= len(toks) || toks[n.lim].lower != "survived") {
		return Deaths{}, false
	}
	s := a.d.sents[toks[n.first].sent]
	for ; e < s.lim && e < n.lim+10; e++ {
		switch w := toks[e].lower; {
		case w == "survived":
			return a.makeDeath(n, n.hedge, n.lim, ruleDeathToll), true
		case w == "who" || w == "that" || w == "," || w == ";":
			return Deaths{}, false // "none of the 12 who survived spoke"
		}
	}
	return Deaths{}, false
}

// wipeVerbs before "out" kill a whole household: "wiped out a family of
// six"; "out" alone after them keeps "wiped out 300 homes" a loss of
// things, read only before "a family of".
var wipeVerbs = closedSet("wiped", "wiping", "wipe", "wipes")

// wipedOutAt reports "wiped out" ending at k, right before "a family of".
func (a *analysis) wipedOutAt(k int) bool {
	toks := a.d.toks
	return k >= 1 && toks[k].lower == "out" && wipeVerbs.hasToken(&toks[k-1])
}
