package extract

import "sort"

// woundOrDeath reports a figure that rests only on a verb that may wound
// as well as kill ("a gunman gunned down four friends") in an article that
// states no death in plainer words: such a story is of a shooting, and the
// figure counts the people shot. Where the article says "killed", "dead",
// "died" or "homicide" anywhere, the verb keeps its usual sense.
func (a *analysis) woundOrDeath(d Deaths) bool {
	toks := a.d.toks
	k := a.figureFirst(d)
	ambiguous := false
	for ; k < len(toks) && int(toks[k].start) < d.End; k++ {
		switch {
		case sureDeathWords.hasToken(&toks[k]):
			return false
		case woundOrDeathWords.hasToken(&toks[k]):
			ambiguous = true
		}
	}
	return ambiguous && !a.statesDeath()
}

// statesDeath reports a word that surely states a death anywhere in the
// article, not denied ("attempted murder").
func (a *analysis) statesDeath() bool {
	toks := a.d.toks
	for k, t := range toks {
		if sureDeathWords.hasToken(&t) && (k == 0 || !deniedDeaths.hasToken(&toks[k-1])) {
			return true
		}
	}
	return false
}

// woundOrDeathWords may wound or kill: "gunned down".
var woundOrDeathWords = wordList("wound-or-death")

// sureDeathWords state a death in any sense they have.
var sureDeathWords = wordList("sure-death")

// durationWords before "a day" (or another rate unit) make it a length or a time, not a rate:
// "a riot that raged for almost a day", "on a day of heavy fighting".
var durationWords = closedSet("on", "for", "in", "within", "than", "almost", "nearly", "about", "over", "under", "half", "once", "twice")

// notRateAfter after "a day" or "an hour" make it a time or a span: "an
// hour later", "a day of clashes", "a year ago", "a month's rain" (r29h).
var notRateAfter = closedSet("of", "later", "earlier", "ago", "after", "before", "'s")

// rateUnits are the spans a rate of the dead is told per.
var rateUnits = closedSet("minute", "hour", "day", "week", "month", "year")

// deathRate reports a figure of the dead per hour, day, week, month or
// year, told in the clause after it: "129 people were dying of hunger
// every day", "40 people a day are killed", "accidents killed an
// estimated 200 people a year", "annually". A rate counts no dead.
func (a *analysis) deathRate(d Deaths) bool {
	toks := a.d.toks
	k := a.figureFirst(d)
	if k >= len(toks) {
		return false
	}
	s := a.d.sents[toks[k].sent]
	if a.proportionFigure(k, d) {
		return true
	}
	for j := k + 1; j+1 < s.lim && j < k+16; j++ {
		if toks[j].kind == tPunct && int(toks[j].start) >= d.End {
			return false
		}
		if toks[j].lower == "annually" {
			return true // "kill 200 people annually"
		}
		if !rateUnits.hasToken(&toks[j+1]) {
			continue
		}
		switch toks[j].lower {
		case "every", "each", "per":
			return true
		case "a", "an":
			if !durationWords.hasToken(&toks[j-1]) && !spanOfBefore(toks, j) && (j+2 >= s.lim || !notRateAfter.hasToken(&toks[j+2])) {
				return true
			}
		}
	}
	return false
}

// figureFirst returns the index of the first token of the figure d, the
// one that starts at or after its start offset.
func (a *analysis) figureFirst(d Deaths) int {
	toks := a.d.toks
	return sort.Search(len(toks), func(k int) bool { return int(toks[k].start) >= d.Start })
}

// proportionFigure reports a figure from token k that is a share of some
// whole rather than a count of dead: "kills fewer than one in a hundred",
// "one in every ten patients", "two out of 100"; or a bare number that
// goes on with the share of the sentence before ("cholera kills one in a
// hundred. Here it is killing nearly two.").
func (a *analysis) proportionFigure(k int, d Deaths) bool {
	toks := a.d.toks
	for j := k; j < len(toks) && int(toks[j].start) < d.End; j++ {
		n, ok := a.d.parseNumber(j)
		if !ok || n.value != d.Count {
			continue
		}
		if a.proportionAfter(n.lim) || a.proportionWhole(j) {
			return true
		}
		if n.lim < len(toks) && (toks[n.lim].kind == tPunct || toks[n.lim].kind == tQuote) && toks[j].sent > 0 {
			prev := a.d.sents[toks[j].sent-1]
			for x := prev.first; x < prev.lim; x++ {
				if m, ok := a.d.parseNumber(x); ok && m.lim < prev.lim && a.proportionAfter(m.lim) {
					return true
				}
			}
		}
		return false
	}
	return false
}

// proportionAfter reports the words of a share after a number, at e: "in
// a hundred", "in every ten", "out of 100", "in 1,000".
func (a *analysis) proportionAfter(e int) bool {
	toks := a.d.toks
	switch {
	case e+1 < len(toks) && toks[e].lower == "in":
		e++
	case e+2 < len(toks) && toks[e].lower == "out" && toks[e+1].lower == "of":
		e += 2
	default:
		return false
	}
	if toks[e].lower == "every" && e+1 < len(toks) {
		e++
	}
	m, ok := a.d.parseNumber(e)
	if !ok || m.hedge != e || m.age || a.isYear(m) || m.value < 10 {
		return false
	}
	// the whole ends the phrase or counts people: "one in a hundred
	// patients", not "14 in 10 days" or "40 in a hundred villages"
	return m.lim >= len(toks) || toks[m.lim].kind != tWord || a.victimWord(toks[m.lim].lower)
}

// proportionWhole reports a number at j that is the whole of a share a
// number before it takes: "one in every eight violent deaths", "two out
// of five deaths" count no eight or five dead.
func (a *analysis) proportionWhole(j int) bool {
	toks := a.d.toks
	p := j - 1
	if p > 0 && toks[p].lower == "every" {
		p--
	}
	switch {
	case p > 0 && toks[p].lower == "in":
		p--
	case p > 1 && toks[p].lower == "of" && toks[p-1].lower == "out":
		p -= 2
	default:
		return false
	}
	m, ok := a.d.parseNumber(p)
	return ok && m.lim == p+1 && !a.isYear(m)
}
