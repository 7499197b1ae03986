package extract

// dutyJoiners open an aside that adds personnel of another body to a
// police figure: "75 deputies, backed by 30 officers lent by the county,
// would work the parade".
var dutyJoiners = wordList("duty-joiner")

// dutyAsideSpan reads a comma aside "backed by N PERSONNEL ..." beside the
// weak figure n ending at lim, so that the duty verb after the aside puts
// both figures on duty. It returns where the clause resumes after the
// aside and the count of the two together, which the hundred of the
// police-on-duty rule weighs: the event's force is both. n may be the
// figure before the aside or the one inside it; ok is false without one.
func (a *analysis) dutyAsideSpan(n number, lim int) (resume int, total int64, ok bool) {
	toks := a.d.toks
	s := a.d.sents[toks[n.first].sent]
	if lim+3 < s.lim && toks[lim].lower == "," && dutyJoiners.hasToken(&toks[lim+1]) && toks[lim+2].lower == "by" {
		if m, ok := a.d.parseNumber(lim + 3); ok {
			if c := a.asideClose(m.lim, s.lim); c > 0 {
				return c + 1, n.value + m.value, true // the figure before the aside
			}
		}
	}
	if n.first >= s.first+4 && toks[n.first-1].lower == "by" && dutyJoiners.hasToken(&toks[n.first-2]) && toks[n.first-3].lower == "," {
		for j := n.first - 4; j >= s.first && j >= n.first-7; j-- {
			if m, ok := a.d.parseNumber(j); ok && m.lim < n.first-3 {
				if c := a.asideClose(lim, s.lim); c > 0 {
					return c + 1, n.value + m.value, true // the figure inside it
				}
				break
			}
		}
	}
	return 0, 0, false
}

// asideClose returns the comma that closes an aside within a few words
// after from, before lim; else 0.
func (a *analysis) asideClose(from, lim int) int {
	toks := a.d.toks
	for k := from; k < lim && k <= from+8; k++ {
		if toks[k].lower == "," {
			return k
		}
		if toks[k].kind != tWord {
			return 0
		}
	}
	return 0
}

// sheriffBefore reports a sheriff, the head of a police body, between
// first and lim: "The sheriff's office said 75 deputies ...".
func (a *analysis) sheriffBefore(first, lim int) bool {
	toks := a.d.toks
	for k := first; k < lim; k++ {
		if w := toks[k].lower; w == "sheriff" || w == "sheriffs" || w == "sheriff's" {
			return true
		}
	}
	return false
}
