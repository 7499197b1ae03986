package extract

// A run of hosts may follow a figure that spread its personnel over
// several states, with no verb of hosting in its sentence: "Russia's
// Africa Corps has about 2,000 personnel across Mali, Burkina Faso and
// Niger. Of those, most are in Mali; Burkina Faso hosts perhaps 300".
// The host is one of the places the figure named.

// hostAmongFigurePlaces reports the state right before the verb of
// hosting at k named in the sentence s of the troop figure before, after
// its first token: the personnel were said to be there.
func (a *analysis) hostAmongFigurePlaces(s, k int) bool {
	code, ok := a.stateAt(k - 1)
	if !ok {
		return false
	}
	toks := a.d.toks
	seen := false
	for i := a.d.sents[s].first; i < a.d.sents[s].lim; i++ {
		if toks[i].kind == tNum {
			seen = true
		}
		if c, ok := a.stateAt(i); ok && c == code && seen {
			return true
		}
	}
	return false
}

// rangeLowerIs reports the upper number m of a range "between N and m"
// whose lower figure N has the value count: the range's figure told
// last is its lower one.
func (a *analysis) rangeLowerIs(m number, count int64) bool {
	_, lo, ok := a.d.rangeOpener(m)
	return ok && lo.value == count
}

// gappedHostCountry returns the state of the troop figure before the
// gapped state at m, in its sentence, when that figure was told after a
// verb of hosting: "Burkina Faso hosts perhaps 300, Niger about 100" —
// Niger hosts the same state's personnel, it sends none.
func (a *analysis) gappedHostCountry(m int) (string, bool) {
	toks := a.d.toks
	last := a.lastTroop
	if last.country == "" || last.sent != int(toks[m].sent) {
		return "", false
	}
	nearest := true
	for i := m - 1; i > a.d.sents[last.sent].first; i-- {
		if toks[i].kind != tNum {
			continue
		}
		p, ok := a.numberEndingAt(i + 1)
		if !ok || nearest && p.value != last.count || p.hedge < 1 {
			return "", false
		}
		nearest = false
		if a.hostingVerbAt(p.hedge - 1) {
			return last.country, true
		}
		if a.placeAt[p.hedge-1] < 0 {
			return "", false // only a gapped host before: "Saudi Arabia roughly 2,700 and the UAE some 3,500"
		}
		i = p.hedge
	}
	return "", false
}

// hostingVerbAt reports a verb of hosting at k, or "has" / "have" in a
// sentence right after one whose verb of hosting told the figure before:
// "Bahrain hosts around 9,000 sailors. Kuwait has about 13,500".
func (a *analysis) hostingVerbAt(k int) bool {
	toks := a.d.toks
	if hostVerbs.hasToken(&toks[k]) {
		return true
	}
	if w := toks[k].lower; w != "has" && w != "have" {
		return false
	}
	s := int(toks[k].sent)
	return s > 0 && a.sentHasHost(s-1) && (a.lastFigure.sent == s-1 || a.lastFigure.sent == s)
}
