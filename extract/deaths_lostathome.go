package extract

// homeGrounds are the places a community speaks of as its own when it
// counts the people it lost there: "on this street", "in our town".
var homeGrounds = wordList("home-ground")

// lostAtHome reads a community's own dead told as people "we" lost in a
// place of its own: "We've lost four people on this street since March",
// "we have lost three young men in this neighbourhood". The loss verb is at
// k and the figure n; it returns the end of the figure's phrase, or 0.
// Without the place ("we lost four people to rival firms", "we lost four
// staff this year") people lost are leavers, and things lost ("four seats",
// "300 jobs") are no victims.
func (a *analysis) lostAtHome(n number, k int) int {
	toks := a.d.toks
	if !a.weBefore(k) {
		return 0
	}
	e, ok := a.victimTail(n.lim)
	if !ok || e+2 >= len(toks) || toks[e+2].sent != toks[k].sent {
		return 0
	}
	if p := toks[e].lower; p != "on" && p != "in" {
		return 0
	}
	if d := toks[e+1].lower; d != "this" && d != "our" {
		return 0
	}
	if !homeGrounds.hasToken(&toks[e+2]) {
		return 0
	}
	return e + 3
}

// weBefore reports "we" as the subject of the verb at k, past
// auxiliaries: "We've lost", "we have already lost".
func (a *analysis) weBefore(k int) bool {
	toks := a.d.toks
	for j := k - 1; j >= 0 && j >= k-4 && toks[j].sent == toks[k].sent; j-- {
		switch toks[j].lower {
		case "we", "we've", "we'd", "we\u2019ve", "we\u2019d":
			return true
		case "'ve", "\u2019ve", "have", "had", "'d", "\u2019d", "already", "now", "just", "sadly", "tragically":
			continue
		}
		return false
	}
	return false
}
