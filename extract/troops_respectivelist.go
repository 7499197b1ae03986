package extract

// Lists of three or more bare numbers given "respectively": the first of
// them, followed by a comma, is read to the end of its list.

// listEndAfter returns the end of a list "N, M and K" that n opens: ", M"
// repeated, then "and K". ok is false unless n is followed by a comma and
// at least one more number before the "and".
func (a *analysis) listEndAfter(n number) (int, bool) {
	toks := a.d.toks
	s := a.d.sents[toks[n.first].sent]
	k, commas := n.lim, 0
	for k+1 < s.lim && toks[k].text == "," {
		m, ok := a.d.parseNumber(k + 1)
		if !ok || m.vague || m.hedge != k+1 && m.first != k+1 {
			return 0, false
		}
		k, commas = m.lim, commas+1
	}
	if commas == 0 || k+1 >= s.lim || toks[k].lower != "and" {
		return 0, false
	}
	m, ok := a.d.parseNumber(k + 1)
	if !ok || m.vague || m.hedge != k+1 && m.first != k+1 {
		return 0, false
	}
	return m.lim, true
}

// ruleTroopObservers names the figures of bareObservers.
const ruleTroopObservers = "bare-observers" // "28, 25 and 19 observers respectively"

// observerNoun is the bare noun that counts only in the shapes of
// bareObservers: alone, "observers" are mostly election monitors.
const observerNoun = "observers"

// bareObservers reads a figure of bare "observers" that a peace mission's
// context makes military: states paired with it "respectively"
// ("Bangladesh, Egypt and Pakistan have 28, 25 and 19 observers
// respectively"), or "military observers" earlier in the sentence ("218
// military observers, against an authorised strength of 245 observers").
// The state is the caller's (respectiveState).
func (a *analysis) bareObservers(n number, rule string) (Troops, bool) {
	toks := a.d.toks
	last := n
	if nums := a.numberChain(n); len(nums) > 1 {
		if m, ok := a.d.parseNumber(nums[len(nums)-1]); ok {
			last = m
		}
	}
	k := last.lim
	if k >= len(toks) || toks[k].lower != observerNoun || toks[k].sent != toks[n.first].sent {
		return Troops{}, false
	}
	if a.respectiveState(n) == "" && !a.militaryObserversBefore(n.first) {
		return Troops{}, false
	}
	return a.makeTroops(n, k+1, "", toks[k].text, rule), true
}

// militaryObserversBefore reports "military observers" in the sentence of
// token i before it.
func (a *analysis) militaryObserversBefore(i int) bool {
	toks := a.d.toks
	for j := a.d.sents[toks[i].sent].first; j+1 < i; j++ {
		if toks[j].lower == "military" && toks[j+1].lower == observerNoun {
			return true
		}
	}
	return false
}

// fromToLower returns the lower number A of a span "from A to B" whose B
// is the troop figure n, when A is bare: "cuts the police component from
// 2,101 to 1,800 officers" counts the 2,101 officers too. A year ("from
// 2021 to 1,800 officers") is none.
func (a *analysis) fromToLower(n number) (number, bool) {
	m, ok := a.fromToUpper(n) // the same span, read for its lower end
	if !ok || m.vague || m.value <= 0 || a.isYear(m) || a.moneyOrMeasure(m.first) {
		return number{}, false
	}
	return m, true
}

// againstTarget reports ", against the N requested" with "against" at k:
// a target strength set beside a figure, as "short of" sets it. The word
// after N must name a target ("against the 5,000 rebels" is none).
func (a *analysis) againstTarget(n number, k int) bool {
	toks := a.d.toks
	return k >= 1 && toks[k].lower == "against" && toks[k-1].text == "," && n.lim < len(toks) &&
		shortTargets.hasToken(&toks[n.lim]) && n.value >= 2 && !a.isYear(n)
}

// tallyNouns name a force's size or the pledges to it: "pledges so far
// total about 3,100", "its actual strength is 1,143".
var tallyNouns = wordList("tally-noun")

// tallyVerbs give a tally noun its figure.
var tallyVerbs = closedSet("total", "totals", "totalled", "totaled", "is", "was", "stands", "stood", "reached", "number")

// tallyAfterTroops reads the figure a tally noun is given after a troop
// figure of the same sentence: "asked for 5,000 troops, but pledges so far
// total about 3,100", "a ceiling of 1,250 troops; its actual strength is
// 1,143", "received pledges of only about 700". The noun is that
// figure's, the state none; the number ends its phrase ("pledges total
// 3,100 dollars" is none).
func (a *analysis) tallyAfterTroops(n number, rule string) (Troops, bool) {
	toks := a.d.toks
	sent := int(toks[n.first].sent)
	k := n.hedge - 1
	if k >= 1 && toks[k].lower == "at" && (toks[k-1].lower == "stands" || toks[k-1].lower == "stood") {
		k--
	}
	if k >= 1 && toks[k].lower == "only" {
		k-- // "pledges of only about 700"
	}
	// "asked for 2,000 more police but received pledges of about 700": the
	// tally's noun before "of"
	of := k >= 1 && toks[k].lower == "of"
	if k < 1 || !of && !tallyVerbs.hasToken(&toks[k]) || a.lastFigure.sent != sent || a.lastFigure.unit == "" || a.isYear(n) {
		return Troops{}, false
	}
	j := k - 1
	for j > 0 && (j == k-1 && (toks[j].lower == "far" || toks[j].lower == "now") || toks[j].lower == "so") {
		j-- // "so far", "now"
	}
	if !tallyNouns.hasToken(&toks[j]) {
		return Troops{}, false
	}
	if e := n.lim; e < len(toks) && int(toks[e].sent) == sent && toks[e].kind == tWord && !afterNationals.hasToken(&toks[e]) {
		return Troops{}, false
	}
	// a force's tally is no one state's: the pledges of member states, a
	// mission's strength drawn from several
	return a.makeTroops(n, n.lim, "", a.lastFigure.unit, rule), true
}
