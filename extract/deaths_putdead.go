package extract

// The dead given "at" a number by a verb of estimating: a side's own
// ("Pakistani officials put their dead from the border clashes at 23
// soldiers"; ownLossesAt reads "their losses at") or an official estimate
// ("the ministry put the dead at 17", "estimated the number of dead at
// about 40").

// ownDeadPutAt reads the number after "at" when "put", "puts" or
// "estimated" and "their" or "its" (with "own") open "dead" or "deaths"
// before it, a phrase that a preposition opens standing between; the
// number ends its phrase or counts people ("23 soldiers").
func (a *analysis) ownDeadPutAt(n number, rule string) (Deaths, bool) {
	return a.deadPutAt(n, rule, func(w string) bool { return w == "dead" || w == "deaths" }, ownDeadObjectStart)
}

// theDeadPutAt reads the number after "at" when an estimating verb
// ("put", "estimated") has "the dead", "the number dead" or "the number
// of dead" as its object before it ("put the number dead in the depot
// blast at 17", "at 17 workers"): with "the" the estimating verb alone says
// the figure is a count of the dead, as "put the death toll at" does.
func (a *analysis) theDeadPutAt(n number, rule string) (Deaths, bool) {
	return a.deadPutAt(n, rule, func(w string) bool { return w == "dead" }, theDeadObjectStart)
}

// deadPutAt reads the number after "at" when an estimating verb has as its
// object, at most ten words before, a phrase closed by a word isDead
// accepts and opened where objectStart says (-1: no such object); a
// phrase that a preposition opens may stand between it and "at".
func (a *analysis) deadPutAt(n number, rule string, isDead func(string) bool, objectStart func(toks []token, d, first int) int) (Deaths, bool) {
	toks := a.d.toks
	at := n.hedge - 1
	if at < 3 || toks[at].lower != "at" {
		return Deaths{}, false
	}
	if e := n.lim; e < len(toks) && toks[e].sent == toks[n.first].sent && toks[e].kind == tWord && !figureEnds.hasToken(&toks[e]) && !a.victimsFollow(n) {
		return Deaths{}, false
	}
	s := a.d.sents[toks[n.first].sent]
	for d := at - 1; d > s.first+1 && d >= at-10; d-- {
		if !isDead(toks[d].lower) {
			continue
		}
		if d+1 != at && !a.deadQualifier(d+1, at) && !a.deadAsideToAt(d+1, at) && !a.yearSpanAt(d+1, at) {
			return Deaths{}, false
		}
		o := objectStart(toks, d, s.first)
		if o <= s.first || !estimateVerbs.hasToken(&toks[o-1]) {
			return Deaths{}, false
		}
		return a.makeDeath(n, o-1, n.lim, rule), true
	}
	return Deaths{}, false
}

// ownDeadObjectStart returns the index of "their" or "its" opening "their
// dead" or "its own deaths" that ends at d, or -1.
func ownDeadObjectStart(toks []token, d, first int) int {
	o := d - 1
	if toks[o].lower == "own" && o > first+1 {
		o--
	}
	if w := toks[o].lower; w != "their" && w != "its" {
		return -1
	}
	return o
}

// ownDeadAt reports "their dead" or "its own dead" ending at k: personnel
// counted after it ("put their dead ... at 23 soldiers") are losses, not a
// force.
func (a *analysis) ownDeadAt(k int) bool {
	toks := a.d.toks
	if k < 1 || toks[k].lower != "dead" {
		return false
	}
	o := k - 1
	if toks[o].lower == "own" && o > 0 {
		o--
	}
	return toks[o].lower == "their" || toks[o].lower == "its"
}

// theDeadObjectStart returns the index of "the" opening "the dead", "the
// number dead" or "the number of dead" that ends with "dead" at d, or -1
// when another word stands there ("the wounded and dead", "their dead").
func theDeadObjectStart(toks []token, d, first int) int {
	o := d - 1
	if o > first && toks[o].lower == "of" {
		o--
		if toks[o].lower != "number" {
			return -1
		}
		o--
	} else if o > first && toks[o].lower == "number" {
		o--
	}
	if o < first || toks[o].lower != "the" {
		return -1
	}
	return o
}
