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
// hour later", "a day of clashes", "a year ago".
var notRateAfter = closedSet("of", "later", "earlier", "ago", "after", "before")

// rateUnits are the spans a rate of the dead is told per.
var rateUnits = closedSet("hour", "day", "week", "month", "year")

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
			if !durationWords.hasToken(&toks[j-1]) && (j+2 >= s.lim || !notRateAfter.hasToken(&toks[j+2])) {
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
