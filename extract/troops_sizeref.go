package extract

// Size references: a troop figure whose personnel were told before and
// that names them only by a reference to their size. One contract holds
// for every such reference:
//
//   - a finder (countNounRef for a figure with no noun of its own,
//     clauseSizeRef for the clause numberOfTroops reads) returns the
//     reference before the figure and its kind;
//   - sizeAntecedent returns the personnel the reference stands for and
//     the state that sends or holds them, from the one antecedent its kind
//     allows, and ok when the figure is their count.
//
// The kinds and their antecedents:
//
//	refDeployed "their numbers are now close to 4,000", "A UN report put
//	            the figure at 3,000": personnel that a verb of sending
//	            deploys in the sentence or the one before;
//	refFigure   "the figure had climbed to 5,000": the troop figure read in
//	            the sentence before, else personnel counted there ("a few
//	            hundred advisers", "how many soldiers it had sent");
//	refIt       "Today it is closer to 2,500": the troop figure read in its
//	            sentence or the one before, where a "figure" or "number"
//	            told it;
//	refStated   "estimate their number at some 400", "estimate them at":
//	            personnel a state's adjective or a hired force ties to a
//	            state in the sentence before; the reference alone makes
//	            the figure a count, with or without them.
//
// A reference that finds no antecedent gives no personnel: the figure is
// left to the rules after it.
type sizeRefKind int

const (
	refDeployed sizeRefKind = iota + 1
	refFigure
	refIt
	refStated
)

// sizeRef is a reference to a size: its kind, the token it starts at and
// the first token of the figure's sentence.
type sizeRef struct {
	kind      sizeRefKind
	at, first int
}

// sizeAntecedent resolves r per the contract above.
func (a *analysis) sizeAntecedent(r sizeRef) (unit, country string, ok bool) {
	switch r.kind {
	case refDeployed:
		return a.deployedPersonnelBefore(r.at)
	case refFigure:
		// the figure of the sentence before, or of the clause before a
		// semicolon: "kept about 37,000 troops ...; today the figure is 28,500"
		sent := int(a.d.toks[r.first].sent)
		if a.lastTroop.unit != "" && (a.lastTroop.sent == sent-1 || a.lastTroop.sent == sent && a.semicolonBetween(r.first, r.at)) {
			return a.lastTroop.unit, a.lastTroop.country, true
		}
		return a.countedPersonnelBefore(r.first)
	case refIt:
		return a.lastFigureNamed()
	case refStated:
		unit, country = a.personnelWithStateBefore(r.first)
		return unit, country, true
	}
	return "", "", false
}

// ruleTroopTheirCount names the figures read through countNounRef.
const ruleTroopTheirCount = "their-number-at" // "A report put the figure at between 3,000 and 4,000"

// theirCountFigure reads n as the size of personnel told just before
// without a number: "Rwanda's army did not say how many soldiers it had
// sent across the border. A UN report put the figure at between 3,000
// and 4,000"; "Texas sent its National Guard to the border; their
// numbers are now close to 4,000".
func (a *analysis) theirCountFigure(n number, rule string) (Troops, bool) {
	if t, ok := a.whomPutAt(n, rule); ok {
		return t, true // "the Russian instructors, whom it put at about 2,000,"
	}
	r, ok := a.countNounRef(n)
	if !ok {
		return Troops{}, false
	}
	unit, country, ok := a.sizeAntecedent(r)
	if !ok {
		return Troops{}, false
	}
	return a.makeTroops(n, n.lim, country, unit, rule), true
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

// countNounRef finds a refDeployed reference ending a few words before n,
// with only words of a gap between: "their numbers are now close to",
// "put the figure at between".
func (a *analysis) countNounRef(n number) (sizeRef, bool) {
	toks := a.d.toks
	s := a.d.sents[toks[n.first].sent]
	if k := n.hedge - 2; k-2 > s.first && a.citedFigureOf(n, k) {
		return sizeRef{refDeployed, k - 1, s.first}, true // "Baku had mentioned a figure of 400"
	}
	for k := n.hedge - 1; k > s.first && k >= n.hedge-7; k-- {
		t := &toks[k]
		if t.kind != tWord {
			break
		}
		if sizeCountNouns.hasToken(t) && (toks[k-1].lower == "their" || toks[k-1].lower == "the" && k >= 2 && figureVerbs.hasToken(&toks[k-2])) {
			return sizeRef{refDeployed, k - 1, s.first}, true
		}
		if !countGapWords.hasToken(t) && !countGap.hasToken(t) {
			break
		}
	}
	return sizeRef{}, false
}

// clauseSizeRef finds the reference in the clause before the cue k of
// numberOfTroops, from its sentence's first token: "their number" or
// "estimate them at" (refStated); else "the figure" or "that figure"
// (refFigure) or "it" after a troop figure of its sentence or the one
// before (refIt), as the clause's subject.
func (a *analysis) clauseSizeRef(k, first int) (sizeRef, bool) {
	if a.theirNumber(k, first) {
		return sizeRef{refStated, k, first}, true
	}
	if j, ok := a.demonstrativeSubject(k, first); ok {
		return sizeRef{refFigure, j, first}, true // "That will rise to 140 by December" (troops_targetfigure.go)
	}
	toks := a.d.toks
	sent := int(toks[first].sent)
	for j := k - 1; j > first && j >= k-8; j-- {
		w := toks[j].lower
		if toks[j].kind == tPunct && toks[j].text != "'" {
			break
		}
		if w == "figure" && (toks[j-1].lower == "the" || toks[j-1].lower == "that") {
			return sizeRef{refFigure, j - 1, first}, true
		}
		if w == "it" && a.lastTroop.unit != "" && (a.lastTroop.sent == sent || a.lastTroop.sent == sent-1) {
			return sizeRef{refIt, j, first}, true
		}
	}
	return sizeRef{}, false
}

// theirNumber reports "their number" before the word at k in its
// sentence ("estimate their number at some 400"), or "them" after a verb
// of estimating right before "at" at k.
func (a *analysis) theirNumber(k, first int) bool {
	toks := a.d.toks
	for j := k - 1; j > first && j >= k-6; j-- {
		if toks[j].lower == "number" && toks[j-1].lower == "their" {
			return true
		}
	}
	// "Analysts now estimate them at fewer than 1,000"
	return k > 2 && toks[k].lower == "at" && toks[k-1].lower == "them" && estimateThem.hasToken(&toks[k-2])
}

// estimateThem put personnel told before "at" a number: "estimate them at".
var estimateThem = wordList("estimate-them")

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
		lim, vlim := s.lim, s.lim
		if sn == cur {
			lim, vlim = k, a.figureVerbStart(k, s.first)
			if a.deadToldBefore(s.first, vlim) {
				return "", "", false // "eight had been killed, ... but an official put the figure at 13"
			}
		}
		if a.isCasualty(s.first, s.lim) {
			return "", "", false
		}
		p, unit := a.livePersonnelIn(s.first, lim)
		if p >= 0 && a.companionAt(p) {
			return "", "", false // "Volunteers ... working alongside the troops; ... their number": the volunteers'
		}
		if p < 0 || !a.sendVerbIn(s.first, vlim) {
			continue
		}
		if a.isCasualty(p, p+1) {
			return "", "", false // "eight had been killed, including five soldiers, but an official put the figure at 13"
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

// countedPersonnelBefore returns a personnel noun, weak ones too, counted
// in the sentence before first in its paragraph by a number or "hundred"
// or "thousand" a few words before it ("with a few hundred advisers"),
// with the state acting in that sentence.
func (a *analysis) countedPersonnelBefore(first int) (string, string, bool) {
	toks := a.d.toks
	if first == 0 || toks[first-1].para != toks[first].para {
		return "", "", false
	}
	s := a.d.sents[toks[first-1].sent]
	for k := s.first + 1; k < s.lim; k++ {
		_, lim := a.lx.personnel.match(toks, k, true)
		if lim == 0 || a.isCasualty(k, lim) {
			continue
		}
		for j := k - 1; j >= s.first && j >= k-3; j-- {
			// "did not say how many soldiers it had sent": a count asked for
			if w := toks[j].lower; toks[j].kind == tNum || w == "hundred" || w == "hundreds" || w == "thousand" || w == "thousands" || howMany(toks, j) {
				state := a.actingState(s.first, k, false)
				if m, ok := a.placeStartingAt(s.first); ok && m.code != "" && (m.state || m.kind == sCapital) {
					state = m.code // "Washington returned to Iraq with a few hundred advisers"
				}
				return a.d.text[toks[k].start:toks[lim-1].end], state, true
			}
		}
	}
	return "", "", false
}

// howMany reports "how many" ending at j: "did not say how many soldiers
// it had sent" asks for the count a later "the figure" gives.
func howMany(toks []token, j int) bool {
	return j > 0 && toks[j].lower == "many" && toks[j-1].lower == "how"
}

// lastFigureNamed returns the personnel of the troop figure just read
// where a "figure" or "number" told it in its sentence or the one before:
// "the figure had climbed to 5,000. Today it is closer to 2,500, and ...
// it will drop below 2,000".
func (a *analysis) lastFigureNamed() (string, string, bool) {
	toks := a.d.toks
	s := a.d.sents[a.lastTroop.sent]
	from := s.first
	if a.lastTroop.sent > 0 {
		from = a.d.sents[a.lastTroop.sent-1].first
	}
	for i := from; i < s.lim; i++ {
		if v := toks[i].lower; v == "figure" || v == "number" {
			return a.lastTroop.unit, a.lastTroop.country, true
		}
	}
	return "", "", false
}

// personnelWithStateBefore returns the last personnel noun, weak ones too,
// of the sentence before the one at first in its paragraph that a state's
// adjective or a hired force after "of the" ties to a state, with that
// state: "The first instructors of the Africa Corps" (Russia's), "Chinese
// advisers"; else "", "".
func (a *analysis) personnelWithStateBefore(first int) (string, string) {
	toks := a.d.toks
	if first == 0 || toks[first-1].para != toks[first].para {
		return "", ""
	}
	prev := a.d.sents[toks[first-1].sent]
	for k := prev.lim - 1; k > prev.first; k-- {
		_, lim := a.lx.personnel.match(toks, k, true)
		if lim == 0 {
			continue
		}
		unit := a.d.text[toks[k].start:toks[lim-1].end]
		if m, ok := a.placeStartingAt(k - 1); ok && m.state && m.kind == sAdjective {
			return unit, m.code
		}
		if lim+2 < prev.lim && toks[lim].lower == "of" && toks[lim+1].lower == "the" {
			if c := a.hiredForceNamed(lim + 2); c != "" {
				return unit, c
			}
		}
	}
	return "", ""
}

// companionPreps put personnel beside the subject of their clause:
// "working alongside the troops".
var companionPreps = wordList("companion-prep")

// companionAt reports personnel at p that a companion preposition puts
// beside the clause's subject, perhaps past "the" or a possessive: the
// subject, not they, is what "their number" sizes after them.
func (a *analysis) companionAt(p int) bool {
	toks := a.d.toks
	k := p - 1
	if k >= 0 && (toks[k].lower == "the" || ownerPronouns[toks[k].lower]) {
		k--
	}
	return k >= 0 && companionPreps.hasToken(&toks[k])
}

// semicolonBetween reports a semicolon from first up to at.
func (a *analysis) semicolonBetween(first, at int) bool {
	for j := first; j < at; j++ {
		if a.d.toks[j].text == ";" {
			return true
		}
	}
	return false
}

// figureCiteVerbs cite a size as "a figure of" a number: "Baku had
// mentioned a figure of 400", "officials floated a figure of 300".
var figureCiteVerbs = wordList("figure-cite-verb")

// citedFigureOf reports "a figure of" (or "the") ending before n at k+1,
// after a verb citing it, with nothing after n in its clause: the number
// alone is the size, not "a figure of 400 trucks".
func (a *analysis) citedFigureOf(n number, k int) bool {
	toks := a.d.toks
	if !sizeCountNouns.hasToken(&toks[k]) || toks[k+1].lower != "of" || toks[k-1].lower != "a" && toks[k-1].lower != "the" || !figureCiteVerbs.hasToken(&toks[k-2]) {
		return false
	}
	e := n.lim
	return e >= len(toks) || toks[e].sent != toks[n.first].sent || toks[e].kind == tPunct || toks[e].kind == tQuote
}
