package extract

// A side's own dead given "at" a number by a verb of estimating:
// "Pakistani officials put their dead from the border clashes at 23
// soldiers". ownLossesAt reads "their losses at"; "their dead" is the
// same count, with or without a phrase saying which dead.

// ownDeadPutAt reads the number after "at" when "put", "puts" or
// "estimated" and "their" or "its" (with "own") open "dead" or "deaths"
// before it, a phrase that a preposition opens standing between; the
// number ends its phrase or counts people ("23 soldiers").
func (a *analysis) ownDeadPutAt(n number, rule string) (Deaths, bool) {
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
		if w := toks[d].lower; w != "dead" && w != "deaths" {
			continue
		}
		if d+1 != at && !a.deadQualifier(d+1, at) {
			return Deaths{}, false
		}
		o := d - 1
		if toks[o].lower == "own" && o > s.first+1 {
			o--
		}
		if w := toks[o].lower; w != "their" && w != "its" || !estimateVerbs.hasToken(&toks[o-1]) {
			return Deaths{}, false
		}
		return a.makeDeath(n, o-1, n.lim, rule), true
	}
	return Deaths{}, false
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
