package extract

// bodyTransfers and bodyNouns read bodies handed from one side to the
// other (words_deaths.tsv body-transfer, dead-body-noun).
var bodyTransfers, deadBodyNouns = wordList("body-transfer"), wordList("dead-body-noun")

// gappedBodies reads a bare number that a second side hands over in a
// clause joined to one that counts bodies handed over, the noun gapped:
// "Russia handed over more than 6,000 bodies and Ukraine returned 78",
// "Israel returned 45 bodies, while Hamas handed back four", "Moscow
// repatriated 500 bodies; Kyiv sent back 40". The number ends its clause:
// "and Ukraine returned 78 prisoners" counts the living.
func (a *analysis) gappedBodies(n number, rule string) (Deaths, bool) {
	toks := a.d.toks
	s := a.d.sents[toks[n.first].sent]
	if n.lim < s.lim && !gappedBodyEnd(toks, n.lim) {
		return Deaths{}, false
	}
	v := n.hedge - 1
	if v > s.first && (toks[v].lower == "over" || toks[v].lower == "back") {
		v-- // "handed over", "sent back"
	}
	if v <= s.first+2 || !bodyTransfers.hasToken(&toks[v]) {
		return Deaths{}, false
	}
	// the second side, one or two words ("Ukraine", "the Kremlin", "it"),
	// after the word that joins its clause to the first
	for c := v - 1; c > s.first && c >= v-3; c-- {
		if w := toks[c].lower; w == "and" || w == "while" || w == "whereas" || w == ";" || w == "," {
			if c == v-1 {
				return Deaths{}, false // no subject: "handed over 40 bodies and returned 12" is one side's
			}
			if a.bodiesCountedBefore(s.first, c) {
				return a.makeDeath(n, n.hedge, n.lim, rule), true
			}
			return Deaths{}, false
		}
		if toks[c].kind != tWord {
			return Deaths{}, false
		}
	}
	return Deaths{}, false
}

// gappedBodyEnd reports the token after a gapped number of bodies that
// ends its clause: a stop, a comma, or "to" or "in" of a phrase after it
// ("returned 78 to Russia", "returned 78 in return").
func gappedBodyEnd(toks []token, e int) bool {
	w := toks[e].lower
	return w == "." || w == ";" || w == "," || w == "to" || w == "in" || w == "on" || w == "of"
}

// bodiesCountedBefore reports a figure of the dead from first to lim
// whose noun is one of bodies: "handed over more than 6,000 bodies",
// "received the bodies of 1,212 soldiers".
func (a *analysis) bodiesCountedBefore(first, lim int) bool {
	toks := a.d.toks
	bodies := false
	for x := first; x < lim; x++ {
		bodies = bodies || deadBodyNouns.hasToken(&toks[x])
	}
	if !bodies {
		return false
	}
	for x := first; x < lim; x++ {
		if toks[x].kind != tNum && (toks[x].kind != tWord || !mayBeNumber(&toks[x])) {
			continue
		}
		m, ok := a.d.parseNumber(x)
		if !ok || m.age || m.vague || m.value <= 0 || m.lim > lim || a.isYear(m) {
			continue
		}
		if a.deathAfterOrListed(m) {
			return true
		}
		if h := m.hedge; h >= 2 && toks[h-1].lower == "of" && deadBodyNouns.hasToken(&toks[h-2]) {
			return true // "the bodies of 45 Palestinians"
		}
		x = m.lim - 1
	}
	return false
}
