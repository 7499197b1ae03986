package extract

// A revision that names the figure it revises between the verb and the
// new number, and a revision to a range: "corrected its earlier figure of
// 21 dead to 19", "revised the initial toll of 80 killed to 65",
// "corrected that figure to between 40 and 60".

// revisedAnchor returns the token before the revised number n: the one
// before "between" of a range, for its lower figure and for its upper
// ("to between 40 and 60"), else the one before n's hedge.
func (a *analysis) revisedAnchor(n number) int {
	toks := a.d.toks
	if j := a.betweenOfUpper(n); j >= 0 {
		return j - 1
	}
	k := n.hedge - 1
	if k >= 0 && toks[k].lower == "between" && a.rangeFrom(n) {
		return k - 1
	}
	return k
}

// revisedOfEarlier returns the figure noun of a revision whose earlier
// figure of the dead is named "of" it right before "to" and the number n:
// "corrected its earlier figure of 21 dead to 19". An earlier figure of
// the hurt or of things is none ("revised its earlier figure of 40
// injured to 45").
func (a *analysis) revisedOfEarlier(n number) (int, bool) {
	toks := a.d.toks
	k := a.revisedAnchor(n)
	if k < 6 || toks[k].lower != "to" {
		return 0, false
	}
	for o := k - 2; o >= k-4 && o >= 4; o-- {
		if toks[o].lower != "of" || revisedEarlierOpener(toks, o-4) != o+1 {
			continue
		}
		m, ok := a.d.parseNumber(o + 1)
		if !ok || m.age || m.vague || m.lim > k || m.lim < k-2 || m.value == n.value {
			return 0, false
		}
		if !a.deathAfterOrListed(m) {
			return 0, false
		}
		return o - 1, true
	}
	return 0, false
}

// reportedFirst are the words after "not N as" that mark N as the figure
// told first: "not eleven as first reported", "not 40 as initially
// stated" (words_deaths.tsv first-reported).
var reportedFirst = wordList("first-reported")

// notAsReported reads the figure a toll corrects, set after "not" with
// "as first reported" after a figure of the dead in its sentence: "police
// now say nine people were killed, not eleven as first reported". A
// figure of the hurt before it is none ("nine were hurt, not eleven as
// first reported").
func (a *analysis) notAsReported(n number) (int, bool) {
	toks := a.d.toks
	k := n.hedge - 1
	if k < 2 || toks[k].lower != "not" || n.lim+1 >= len(toks) || toks[n.lim].lower != "as" {
		return 0, false
	}
	x := n.lim + 1
	for x < len(toks) && x < n.lim+3 && reportedFirst.hasToken(&toks[x]) {
		x++
	}
	if x == n.lim+1 || toks[x-1].sent != toks[n.first].sent {
		return 0, false // "not eleven as the army says"
	}
	s := a.d.sents[toks[n.first].sent]
	if !a.deathFigureBetween(s.first, k, n.value) {
		return 0, false
	}
	return k, true
}

// duplicateMarks tell a figure as counted twice, not as more dead:
// "two bodies had been counted twice" (words_deaths.tsv duplicate-count).
var duplicateMarks = wordList("duplicate-count")

// duplicateClauseStops end the number's own clause before a mark of
// counting twice, which then tells of other people.
var duplicateClauseStops = closedSet("after", "because", "since", "when", "while", "as", "from", "to", "down", "up", "once", "saying", "said", "but")

// countedTwice reports a number whose own clause says its people were
// counted twice or duplicated: "saying two bodies had been counted
// twice", "three victims were double-counted".
func (a *analysis) countedTwice(n number) bool {
	toks := a.d.toks
	for x := n.lim; x < len(toks) && x < n.lim+8 && toks[x].sent == toks[n.first].sent; x++ {
		if w := toks[x].lower; w == "," || w == ";" || w == "and" && x > n.lim+1 || toks[x].kind == tNum || duplicateClauseStops.hasToken(&toks[x]) {
			return false // "down to 86 from 102 after some bodies were counted twice"
		}
		if !duplicateMarks.hasToken(&toks[x]) {
			continue
		}
		if toks[x].lower != "twice" || toks[x-1].lower == "counted" || toks[x-1].lower == "listed" || toks[x-1].lower == "recorded" {
			return true
		}
	}
	return false
}
