package extract

// The lower end of a span of estimates "from A to B" whose upper end is
// hedged or whose ends each carry their source: "estimates of the dead
// ranged from 670, according to the IOM, to more than 2,000, according
// to the government". risesOnTo reads only "from A to B" side by side.

// spanUpperAfter reports the upper end "to B" of a span whose lower end
// is n, past one attribution aside (", according to X,") and B's hedge.
func (a *analysis) spanUpperAfter(n number) bool {
	toks := a.d.toks
	k := a.attributionAsideEnd(n.lim)
	if k+1 >= len(toks) || toks[k].lower != "to" || toks[k].sent != toks[n.first].sent {
		return false
	}
	m, ok := a.countAt(k + 1)
	return ok && m.value > n.value && (m.hedge < m.first || k > n.lim)
}

// attributionAsideEnd returns the index after an aside ", according to
// X," that opens at k, or k when none does.
func (a *analysis) attributionAsideEnd(k int) int {
	toks := a.d.toks
	if k+3 >= len(toks) || toks[k].text != "," || toks[k+1].lower != "according" || toks[k+2].lower != "to" {
		return k
	}
	for e := k + 3; e < len(toks) && e <= k+14 && toks[e].sent == toks[k].sent; e++ {
		if toks[e].text == "," {
			return e + 1
		}
		if toks[e].kind != tWord && !ownerMark(toks, e) && toks[e].text != "." {
			return k
		}
	}
	return k
}
