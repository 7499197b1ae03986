package extract

// An official estimate of "the dead" given "at" a number: "the ministry
// put the dead at 17", "put the number dead in the blast at 17",
// "estimated the number of dead at about 40". ownDeadPutAt reads only
// "their dead"; with "the" the estimating verb alone says the figure is
// a count of the dead, as "put the death toll at" does.

// theDeadPutAt reads the number after "at" when an estimating verb
// ("put", "estimated") has "the dead", "the number dead" or "the number
// of dead" as its object before it, a phrase that a preposition opens
// standing between ("in the depot blast"); the number ends its phrase or
// counts people ("at 17 workers").
func (a *analysis) theDeadPutAt(n number, rule string) (Deaths, bool) {
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
		if toks[d].lower != "dead" {
			continue
		}
		if d+1 != at && !a.deadQualifier(d+1, at) {
			return Deaths{}, false
		}
		o := theDeadObjectStart(toks, d, s.first)
		if o < 0 || o == s.first || !estimateVerbs.hasToken(&toks[o-1]) {
			return Deaths{}, false
		}
		return a.makeDeath(n, o-1, n.lim, rule), true
	}
	return Deaths{}, false
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
