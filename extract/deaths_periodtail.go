package extract

import "strings"

// A later period's count of the dead after "and", its noun gapped and
// its period told before or after it: "Columbus recorded 143 homicides
// last year and a record 204 in 2021", "the city had recorded 187
// homicides, and in 2022 it ended the year with 333". periodGappedClause
// reads the shape with ", and" and the period before the number only.

// tailCountVerbs count a period's dead between "and" and the number.
var tailCountVerbs = wordList("tail-count-verb")

// periodGappedTail reads the bare number n that ends its clause after
// "and", a period and at most a verb of counting, when a count of deaths
// ("143 homicides") stands before "and" in the sentence. A word of hurt,
// another verb or another number in between makes it another clause.
func (a *analysis) periodGappedTail(n number, rule string) (Deaths, bool) {
	toks := a.d.toks
	if a.isYear(n) || n.vague || n.age {
		return Deaths{}, false
	}
	s := a.d.sents[toks[n.first].sent]
	after := a.periodAfterEnd(n.lim)
	if after < s.lim && toks[after].kind != tPunct || after > s.lim {
		return Deaths{}, false // "and 204 shootings in 2021": a noun of its own
	}
	if n.hedge > 0 && toks[n.hedge-1].lower == "by" {
		return Deaths{}, false // "and its population grew by 2,000 in 2021": a change, no count
	}
	and := -1
	for j := n.hedge - 1; j > s.first+1 && j >= n.hedge-9; j-- {
		t := &toks[j]
		if t.lower == "and" {
			and = j
			break
		}
		if kinds, _ := a.deathKindsAt(j); hasKind(kinds, dHurt) || t.kind == tNum && !a.bareYear(j) || t.kind == tPunct {
			return Deaths{}, false
		}
		if w := t.lower; (strings.HasSuffix(w, "ed") || strings.HasSuffix(w, "ing")) && !tailCountVerbs.hasToken(t) && !periodNouns.hasToken(t) {
			return Deaths{}, false // "and wounded 20 in 2021": a clause of its own
		}
	}
	if and < 0 || after == n.lim && !a.periodBetween(and+1, n.hedge) {
		return Deaths{}, false
	}
	if a.deathCountBefore(s.first, and) {
		return a.makeDeath(n, and+1, n.lim, rule), true
	}
	return Deaths{}, false
}

// periodAfterEnd returns the end of a period right after a number at k:
// "in 2021", "last year", "the year before", "a year earlier"; else k.
func (a *analysis) periodAfterEnd(k int) int {
	toks := a.d.toks
	if k+1 >= len(toks) {
		return k
	}
	switch w := toks[k].lower; {
	case w == "in" && a.bareYear(k+1):
		return k + 2
	case (w == "last" || w == "this") && periodNouns.hasToken(&toks[k+1]):
		return k + 2
	case (w == "the" || w == "a") && periodNouns.hasToken(&toks[k+1]) && k+2 < len(toks):
		if x := toks[k+2].lower; x == "before" || x == "earlier" || x == "later" {
			return k + 3
		}
	}
	return k
}
