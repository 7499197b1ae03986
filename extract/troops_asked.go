package extract

// askVerbs ask a state to act on its personnel: "asked", "urged".
var askVerbs = wordList("ask-verb")

// askedOwner returns the state that a verb of asking names before "to"
// in the clause of the figure n, when "its" or "their" owns the figure:
// "Honiara asked Canberra to extend the stay of its 140 police officers"
// (Australia's), "Congo asked Bujumbura to keep 1,500 of its soldiers";
// else "". The state asked is the one whose personnel they are, not the
// state that asks.
func (a *analysis) askedOwner(n number) string {
	toks := a.d.toks
	if !a.itsBefore(n) {
		return ""
	}
	first := a.d.sents[toks[n.first].sent].first
	for k := n.hedge - 1; k > first && k >= n.hedge-16; k-- {
		if toks[k].kind == tPunct || !askVerbs.hasToken(&toks[k]) || k+1 >= len(a.placeAt) || a.placeAt[k+1] < 0 {
			continue
		}
		m := a.places[a.placeAt[k+1]]
		if (m.state || m.kind == sCapital) && m.kind != sAdjective && m.first == k+1 && m.lim < len(toks) && toks[m.lim].lower == "to" {
			return m.code
		}
	}
	return ""
}

// itsBefore reports "its" or "their" right before the figure n ("its 140
// police officers") or in "N of its" after it.
func (a *analysis) itsBefore(n number) bool {
	toks := a.d.toks
	if k := n.hedge - 1; k >= 0 && (toks[k].lower == "its" || toks[k].lower == "their") {
		return true
	}
	return n.lim+1 < len(toks) && toks[n.lim].lower == "of" && (toks[n.lim+1].lower == "its" || toks[n.lim+1].lower == "their")
}

// forceTotals reports a force's noun as the subject of "total" or
// "number" right before the figure n, a few words back: "a contingent
// that will eventually total 120 officers". The force's size counts its
// weak nouns too.
func (a *analysis) forceTotals(n number) bool {
	toks := a.d.toks
	k := n.hedge - 1
	if k < 1 || toks[k].lower != "total" && toks[k].lower != "number" {
		return false
	}
	for j := k - 1; j >= 0 && j >= k-5 && toks[j].sent == toks[k].sent; j-- {
		if toks[j].kind == tPunct {
			return false
		}
		if deployedUnits.hasToken(&toks[j]) && !toks[j].cap {
			return true
		}
	}
	return false
}
