package extract

// A figure given as the answer to a question of "how many": "How many
// troops does Russia keep in Armenia? About 3,000", "Q: How many people
// have died in the war? A: At least 150,000", "Asked how many soldiers
// remained, the commander replied: "Fewer than 600"". The question's
// words after "how many" are the number's phrase, as if they followed it.

// answerVerbs introduce the answer after "Asked how many ...,".
var answerVerbs = closedSet("replied", "answered", "said", "responded", "told", "says", "replies", "answers")

// answerTails may follow the answering number: "About 3,000 at the base",
// "At least 150,000, according to ...". A noun after it answers of
// something else ("About 3,000 tanks").
var answerTails = closedSet(",", ".", ";", "at", "in", "on", "across", "along", "according", "by", "and", "or", "from", "—", "-", "–", "\"", "”", "'", "’", "so", "as")

// howManyAnswer returns the span of the question's words after "how many"
// when the number n opens the answer to it: the first words of the
// sentence after a question (past "A:" and a quotation mark), or the
// first of a quotation after "Asked how many ..., X replied:".
func (a *analysis) howManyAnswer(n number) (from, lim int, ok bool) {
	toks := a.d.toks
	if n.lim < len(toks) && !answerTails.hasToken(&toks[n.lim]) {
		return 0, 0, false
	}
	k := n.hedge - 1
	for k >= 0 && (toks[k].kind == tQuote || toks[k].text == ":") {
		k--
	}
	if k >= 0 && toks[k].text == "A" && toks[k].sent == toks[n.first].sent && toks[k].sentStart {
		k--
	}
	if k < 0 {
		return 0, 0, false
	}
	if toks[k].text == "?" && toks[k].para+1 >= toks[n.first].para {
		return a.howManyQuestion(a.d.sents[toks[k].sent].first, k)
	}
	if q, ok := a.headingQuestionBefore(n, k); ok {
		return a.howManyQuestion(a.d.sents[toks[q].sent].first, q)
	}
	if !answerVerbs.hasToken(&toks[k]) || toks[k].sent != toks[n.first].sent {
		return 0, 0, false
	}
	s := a.d.sents[toks[k].sent]
	if s.first+1 >= k || toks[s.first].lower != "asked" {
		return 0, 0, false
	}
	end := s.first + 1
	for end < k && toks[end].text != "," {
		end++
	}
	return a.howManyQuestion(s.first+1, end)
}

// howManyQuestion returns the words after "how many" opening the tokens
// [first, lim), past "Q:".
func (a *analysis) howManyQuestion(first, lim int) (int, int, bool) {
	toks := a.d.toks
	if first+1 < lim && toks[first].text == "Q" && toks[first+1].text == ":" {
		first += 2
	}
	if first+2 >= lim || toks[first].lower != "how" || toks[first+1].lower != "many" {
		return 0, 0, false
	}
	return first + 2, lim, true
}

// howManyAnswerTroops reads the answer to a question of how many
// personnel, of the state named in the question: "How many troops does
// Russia have in Armenia? About 3,000". A question of how many died is a
// toll's.
func (a *analysis) howManyAnswerTroops(n number, rule string) (Troops, bool) {
	j, lim, ok := a.howManyAnswer(n)
	if !ok {
		return Troops{}, false
	}
	p := -1
	for k := j; k < lim && k < j+4 && p < 0; k++ {
		if _, ok := a.strongPersonnelAt(k); ok {
			p = k
		}
	}
	if p < 0 {
		return Troops{}, false // "How many tanks ...?"
	}
	country := ""
	for k := j; k < lim; k++ {
		if kinds, _ := a.deathKindsAt(k); kinds != 0 {
			return Troops{}, false // "How many soldiers have died?"
		}
		if country == "" {
			country, _ = a.stateAt(k)
		}
	}
	return a.makeTroops(n, n.lim, country, a.d.toks[p].lower, rule), true
}

// answerCopulas end the words before the figure that answers a heading:
// "the Pentagon says it is now about 40,000", "the total stands at 900".
var answerCopulas = closedSet("is", "was", "are", "at", "to")

// headingQuestionBefore returns the "?" that ends a paragraph of one
// question right before the paragraph of the number n, when n is the
// first number of that paragraph and the words before it end in a copula
// (k is the token before n's hedge): "HOW MANY U.S. TROOPS ARE IN THE
// MIDDLE EAST?" / "The figure fluctuates, but the Pentagon says it is now
// about 40,000".
func (a *analysis) headingQuestionBefore(n number, k int) (int, bool) {
	toks := a.d.toks
	if k > 0 && (toks[k].lower == "now" || toks[k].lower == "currently") {
		k--
	}
	if !answerCopulas.hasToken(&toks[k]) {
		return 0, false
	}
	first := a.d.paras[toks[n.first].para].first
	if first < 1 || toks[first].sent != toks[n.first].sent || toks[first-1].text != "?" {
		return 0, false // not the first sentence of its paragraph, or no question before
	}
	for i := first; i < n.first; i++ {
		if toks[i].kind == tNum {
			return 0, false
		}
	}
	q := a.d.sents[toks[first-1].sent]
	if toks[q.first].para != toks[first-1].para || q.first > 0 && toks[q.first-1].para == toks[q.first].para {
		return 0, false // the question is not a paragraph of its own
	}
	return first - 1, true
}
