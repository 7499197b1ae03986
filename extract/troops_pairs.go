package extract

// Figures with no personnel noun after them that a noun earlier in the
// sentence, or in the sentence before, owns: pairs given "respectively"
// and a size reported after a deployment told without one.

// Rule names of these figures.
const (
	ruleTroopRespective = "numbers-respectively" // "battalions ..., 1,100 and 850 strong respectively"
	ruleTroopTheirCount = "their-number-at"      // "A report put the figure at between 3,000 and 4,000"
)

// respectivePair reads n as one of a pair "N and M (strong)
// respectively" whose owner, a personnel, formation or force noun,
// stands before the pair in its sentence: "Kenya and Uganda have
// battalions in the mission, 1,100 and 850 strong respectively", "The
// Indian and Nepali contingents number about 900 and 750 respectively".
// The states are paired by respectiveState.
func (a *analysis) respectivePair(n number, rule string) (Troops, bool) {
	toks := a.d.toks
	s := a.d.sents[toks[n.first].sent]
	first, end := n.hedge, n.lim
	if n.lim+1 < s.lim && toks[n.lim].lower == "and" {
		m, ok := a.d.parseNumber(n.lim + 1)
		if !ok || m.vague || m.first != n.lim+1 && m.hedge != n.lim+1 {
			return Troops{}, false
		}
		end = m.lim
	} else if k := n.hedge - 1; k > s.first+1 && toks[k].lower == "and" && toks[k-1].kind == tNum {
		f := k - 1
		for f > s.first && (toks[f-1].kind == tNum || toks[f-1].text == ",") {
			f--
		}
		first = hedgeStart(toks, f)
	} else {
		return Troops{}, false
	}
	e := end
	if e < s.lim && toks[e].lower == "strong" {
		e++
	}
	if e >= s.lim || toks[e].lower != "respectively" {
		return Troops{}, false
	}
	unit := a.pairOwnerBefore(s.first, first)
	if unit == "" || a.isCasualty(first, e+1) {
		return Troops{}, false
	}
	// one state, the subject, keeps both: "Turkey keeps two battalions
	// in Cyprus and one in Qatar, 1,800 and 600 strong respectively";
	// states joined as subjects are paired by respectiveState
	country := ""
	if f := a.firstStateFrom(s.first, first); f < first {
		m := a.places[a.placeAt[f]]
		if c := a.actingState(s.first, first, false); c == m.code && m.lim < first && toks[m.lim].lower != "and" && toks[m.lim].text != "," {
			country = c
		}
	}
	return a.makeTroops(n, n.lim, country, unit, rule), true
}

// pairOwnerBefore returns the last personnel, formation or force noun
// from first to lim ("troops", "battalions", "contingents"), else "".
func (a *analysis) pairOwnerBefore(first, lim int) string {
	toks := a.d.toks
	for k := lim - 1; k >= first; k-- {
		if vals, l := a.lx.personnel.match(toks, k, true); l > 0 && l <= lim && !a.lx.personnelWeak[vals[0]] {
			return a.d.text[toks[k].start:toks[l-1].end]
		}
		if t := toks[k]; t.kind == tWord && len(t.lower) > 3 && t.lower[len(t.lower)-1] == 's' {
			one := t.lower[:len(t.lower)-1] // "battalions", "contingents"
			if formationNouns.has(one) || forceNouns.has(one) || formationNouns.hasToken(&t) {
				return t.text
			}
		}
		if a.eachFormationAt(first, k) {
			return toks[k].text // "Kenya and Uganda each sent a battalion, 650 and 480 strong respectively"
		}
	}
	return ""
}

// sizeCountNouns are the nouns of a size reported after the personnel were
// told: "their number", "the figure".
var sizeCountNouns = wordList("size-count-noun")

// figureVerbs put "the figure" at a number: "A report put the figure at".
var figureVerbs = wordList("figure-verb")

// countGapWords (closed-class) and countGap (open-class) may stand
// between a size's noun and its number: "their numbers are now close
// to", "put the figure at between".
var (
	countGapWords = closedSet("is", "are", "was", "were", "be", "been", "at", "to", "between", "has", "have", "had")
	countGap      = wordList("count-gap")
)

// theirCountFigure reads n as the size of personnel told just before
// without a number: "Rwanda's army did not say how many soldiers it had
// sent across the border. A UN report put the figure at between 3,000
// and 4,000"; "Texas sent its National Guard to the border; their
// numbers are now close to 4,000". The personnel's sentence must deploy
// them and tell no toll.
func (a *analysis) theirCountFigure(n number, rule string) (Troops, bool) {
	toks := a.d.toks
	s := a.d.sents[toks[n.first].sent]
	c := -1
	for k := n.hedge - 1; k > s.first && k >= n.hedge-7; k-- {
		t := &toks[k]
		if t.kind != tWord {
			break
		}
		if sizeCountNouns.hasToken(t) && (toks[k-1].lower == "their" || toks[k-1].lower == "the" && k >= 2 && figureVerbs.hasToken(&toks[k-2])) {
			c = k - 1
			break
		}
		if !countGapWords.hasToken(t) && !countGap.hasToken(t) {
			break
		}
	}
	if c < 0 || a.isCasualty(s.first, s.lim) {
		return Troops{}, false
	}
	unit, country, ok := a.deployedPersonnelBefore(c)
	if !ok {
		return Troops{}, false
	}
	return a.makeTroops(n, n.lim, country, unit, rule), true
}

// deployedPersonnelBefore returns the personnel before k in its sentence,
// or in the sentence before in its paragraph, that a verb of sending in
// that sentence deploys, with the state that sends them: a strong
// personnel noun or a force's capitalised name ("its National Guard").
func (a *analysis) deployedPersonnelBefore(k int) (unit, country string, ok bool) {
	toks := a.d.toks
	cur := toks[k].sent
	for sn := cur; sn >= 0 && sn >= cur-1; sn-- {
		s := a.d.sents[sn]
		if s.para != int(toks[k].para) {
			break
		}
		lim := s.lim
		if sn == cur {
			lim = k
		}
		if a.isCasualty(s.first, s.lim) {
			return "", "", false
		}
		p, unit := a.personnelIn(s.first, lim)
		if p < 0 || !a.sendVerbIn(s.first, lim) {
			continue
		}
		if c, ok := a.deployerState(s.first, p); ok {
			return unit, c, true
		}
		c := a.actingState(s.first, p, false)
		if m, ok := a.placeStartingAt(s.first); c == "" && ok && m.kind == sPlace && m.lim < p {
			c = m.code // "Texas sent its National Guard": a region's force is its state's
		}
		return unit, c, true
	}
	return "", "", false
}

// personnelIn returns the first strong personnel noun, or a force's
// capitalised name, from first to lim, with its text; else -1.
func (a *analysis) personnelIn(first, lim int) (int, string) {
	toks := a.d.toks
	for k := first; k < lim; k++ {
		if u, ok := a.strongPersonnelAt(k); ok {
			return k, u
		}
		if toks[k].cap && !toks[k].sentStart && forceBodies.hasToken(&toks[k]) && toks[k].lower != "mission" {
			return k, toks[k].text
		}
	}
	return -1, ""
}

// sendVerbIn reports a verb that sends or deploys personnel from first to lim.
func (a *analysis) sendVerbIn(first, lim int) bool {
	for k := first; k < lim; k++ {
		if t := &a.d.toks[k]; sendVerbs.hasToken(t) || deployVerbs.hasToken(t) {
			return true
		}
	}
	return false
}
