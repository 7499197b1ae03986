package extract

// A target size of a deployment just told: the clause that deploys
// personnel goes on, with its subject left out, to the size they will
// reach: "has deployed 9,000 soldiers and aims to reach 10,000 by
// December", "will send 500 officers, raising that to 1,200 in May",
// "has 7,800 there and has pledged to have 10,000 by March", "starting
// with 150 agents and rising to 400 if needed". The bare number counts
// the same personnel, of the same state.

// ruleTroopTarget names the figures of targetTroops.
const ruleTroopTarget = "target-of-figure"

// targetVerbs reach a size without "to" before the number: "aims to
// reach 10,000", "pledged to have 10,000 there".
var targetVerbs = wordList("target-verb")

// targetObjects may stand between a verb of changing size and "to": the
// deployment just told, by a pronoun or a noun of its size ("raising it
// to", "bring the total to"), not another thing ("raise the budget to").
var targetObjects = wordList("target-object")

// targetEnds may follow the number of a target: a phrase of when or
// where, or a condition ("rising to 400 if needed").
var targetEnds = closedSet("by", "in", "before", "within", "next", "this", "over", "when", "if", "once",
	"unless", "there", "later", "at", "from", "under", "until", "during", "and", "on")

// targetTroops reads the bare number n that a verb of reaching or of
// changing size sets as the new size of the troop figure read just
// before in its sentence, the verb joined to that figure's clause by
// "and" or a comma with no subject of its own.
func (a *analysis) targetTroops(n number, rule string) (Troops, bool) {
	toks := a.d.toks
	last := a.lastFigure
	if last.sent != int(toks[n.first].sent) || last.unit == "" || n.value < 2 || a.isYear(n) || !a.targetEndsAt(n.lim) {
		return Troops{}, false
	}
	v, ok := a.targetVerbBefore(n.hedge)
	if !ok || !a.joinedPredicate(v, last.sent) || a.isCasualty(n.hedge, n.lim) {
		return Troops{}, false
	}
	return a.makeTroops(n, n.lim, last.country, last.unit, rule), true
}

// targetEndsAt reports the number's phrase ending at e: the clause's end
// or a word of targetEnds, not a noun of other things ("to 400 tanks").
func (a *analysis) targetEndsAt(e int) bool {
	toks := a.d.toks
	if e >= len(toks) || toks[e].sent != toks[e-1].sent || toks[e].kind == tPunct {
		return true
	}
	return targetEnds.hasToken(&toks[e])
}

// targetVerbBefore returns the verb of a target ending right before the
// hedge h of the number: "reach" or "have" after "to" or an auxiliary,
// or a verb of changing size before "to", perhaps past its object ("raising
// it to", "bring the total to").
func (a *analysis) targetVerbBefore(h int) (int, bool) {
	toks := a.d.toks
	k := h - 1
	if k < 2 {
		return 0, false
	}
	if targetVerbs.hasToken(&toks[k]) {
		return k, verbChain.hasToken(&toks[k-1])
	}
	if toks[k].lower != "to" {
		return 0, false
	}
	v := k - 1
	for v > 0 && v >= k-3 && targetObjects.hasToken(&toks[v]) {
		v--
	}
	return v, v < k && (sizeVerbs.hasToken(&toks[v]) || sizeChanges.hasToken(&toks[v]))
}

// joinedPredicate reports the verb at v joined by "and" or a comma to
// the clause before it in the sentence sent, with at most three
// lower-case words of its chain between ("and has pledged to have",
// "and aims to reach"), none a subject of its own ("and the crowd grew
// to").
func (a *analysis) joinedPredicate(v, sent int) bool {
	toks := a.d.toks
	for j := v - 1; j >= 0 && j >= v-4 && int(toks[j].sent) == sent; j-- {
		t := &toks[j]
		if t.lower == "and" || t.text == "," {
			return j > 0 && int(toks[j-1].sent) == sent && toks[j-1].kind != tNum
		}
		if a.closesSubjectAside(j) {
			return true // "Germany's brigade – about 1,800 personnel today – is to reach" (troops_dashedaside.go)
		}
		if t.kind != tWord || t.cap || determiners.hasToken(t) || subjectPronouns.hasToken(t) {
			return false
		}
	}
	return false
}

// demonstrativeSubject returns "that" or "this" as the subject of the
// clause before the cue k, at its sentence's start (first) or after the
// comma of an opening phrase, before its auxiliary: "That will rise to
// 140 by December", "Under the plan, this is expected to reach 2,000". It
// stands for the troop figure of the sentence before, as "that figure"
// does.
func (a *analysis) demonstrativeSubject(k, first int) (int, bool) {
	toks := a.d.toks
	for j := k - 1; j >= first && j >= k-6; j-- {
		if toks[j].kind != tWord {
			return 0, false
		}
		if w := toks[j].lower; (w == "that" || w == "this") && verbChain.hasToken(&toks[j+1]) {
			return j, j == first || toks[j-1].text == ","
		}
	}
	return 0, false
}
