package extract

import "strconv"

// A running count told by an ordinal: "the city's 45th homicide this
// year", "the 64th homicide victim of the year", "Montgomery's 47th and
// 48th homicides of 2013". The rank is the number of dead counted so far.

// ruleDeathRunning names the figures read from the rank of a death in a
// running count.
const ruleDeathRunning = "running-count"

// runningHeads are the nouns of a death that a running count ranks.
var runningHeads = wordList("running-head")

// runningStops after the noun make the rank another thing's: "his 2nd
// murder trial", "the third murder suspect".
var runningStops = wordList("running-stop")

// runningCount reads the ordinal at i that ranks a death in a running
// count: a possessive or "the" before it (no month: "the January 7th
// murder"), a noun of killing after it, and a possessive or a year in the
// sentence that makes the count a place's or a period's. Of "45th and
// 46th homicides" only the last rank counts.
func (a *analysis) runningCount(i int) (Deaths, bool) {
	toks := a.d.toks
	if toks[i].kind == tWord && !a.figureClass(i, fcOrdinal) {
		return Deaths{}, false // most words: no ordinal
	}
	v := ordinalValue(toks[i])
	if v == 0 || i < 1 || i+1 >= len(toks) {
		return Deaths{}, false
	}
	h := i + 1
	if toks[h].lower == "and" && h+1 < len(toks) && ordinalValue(toks[h+1]) > v {
		return Deaths{}, false // "45th and 46th": the later rank
	}
	b := i - 1
	if toks[b].lower == "and" && b > 0 && ordinalValue(toks[b-1]) > 0 {
		b -= 2
	}
	if b < 0 || monthWords.hasToken(&toks[b]) {
		return Deaths{}, false
	}
	if d, ok := a.ordinalBody(i, b, v); ok {
		return d, true
	}
	owned := toks[b].lower == "'s" || toks[b].lower == "its"
	if !owned && toks[b].lower != "the" {
		return Deaths{}, false
	}
	if h = a.rankedNounAt(h, runningHeads); h < 0 {
		if !a.elidedRunningHead(i, b) {
			return Deaths{}, false // "the city's 45th homicide", "its 40th gun homicide"
		}
		h = i // "The killings were Baltimore's 141st and 142nd of the year": the subject's noun
	}
	e := h + 1
	if e < len(toks) && (toks[e].lower == "victim" || toks[e].lower == "victims") {
		e++
	}
	if e < len(toks) && runningStops.hasToken(&toks[e]) || !owned && !a.periodInSentence(i) {
		return Deaths{}, false
	}
	d := a.makeDeath(number{first: i, hedge: i, lim: i + 1, value: v}, b, e, ruleDeathRunning)
	d.Cumulative = true
	return d, true
}

// ordinalBody reads a body found ranked by the ordinal at i after "a" or
// "the" at b: "a 19th body was found", "the 12th body was recovered" tell
// that many dead so far; "the 19th body shop" nothing.
func (a *analysis) ordinalBody(i, b int, v int64) (Deaths, bool) {
	toks := a.d.toks
	h := i + 1
	if d, ok := a.bodyOfRanked(i, b, v); ok {
		return d, true
	}
	if toks[h].lower != "body" || toks[b].lower != "a" && toks[b].lower != "the" {
		return Deaths{}, false
	}
	if !a.bodyFoundAfter(h) && !foundBefore(toks, b) {
		return Deaths{}, false
	}
	d := a.makeDeath(number{first: i, hedge: i, lim: i + 1, value: v}, b, h+1, ruleDeathRunning)
	d.Cumulative = true
	return d, true
}

// ordinalValue returns the rank an ordinal token gives, "45th" or
// "third"; 0 when it is none.
func ordinalValue(t token) int64 {
	if t.kind == tWord {
		return ordinalWords()[t.lower]
	}
	w := t.lower
	if t.kind != tNum || len(w) < 3 {
		return 0
	}
	switch w[len(w)-2:] {
	case "st", "nd", "rd", "th":
	default:
		return 0
	}
	v, err := strconv.ParseInt(w[:len(w)-2], 10, 64)
	if err != nil || v <= 1 {
		return 0
	}
	return v
}

// periodInSentence reports a period that a running count covers in the
// sentence of k: "this year", "of the year", "so far", "in 2013".
func (a *analysis) periodInSentence(k int) bool {
	toks := a.d.toks
	s := a.d.sents[toks[k].sent]
	for j := s.first; j < s.lim; j++ {
		w := toks[j].lower
		if w == "year" || w == "far" && j > s.first && toks[j-1].lower == "so" || toks[j].kind == tNum && a.bareYear(j) {
			return true
		}
	}
	return false
}
