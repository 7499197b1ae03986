package extract

import "strings"

// exchangeVerbs are the lemmas of speech verbs that make a quote one turn
// of an exchange: "…?" she asked, "…," he replied.
var exchangeVerbs = wordList("exchange-verb")

// alternateTurn gives quote qi, a paragraph of its own with no cue, to the
// person whose turn it is in an exchange: in paragraphs where two people
// take turns, opened by the other's question or answer ("…?" Reyes
// asked. / "…," Karlsson said.), an unattributed quote that goes on asking ("Then
// who is responsible?"), answers the question just put ("It is my
// signature."), or replies to a quote that named its addressee ("…, Mr
// Okoro.") belongs to the one who spoke before the last speaker. Any other
// quote is the last speaker going on, as in a speech over paragraphs. k is
// the quote before qi, which has a speaker.
func (a *analysis) alternateTurn(res []attributedQuote, qi, k int) (speaker, bool) {
	toks := a.d.toks
	r, prev := &res[qi], &res[k]
	para := toks[r.span.open].para
	if prev.sp.person == nil || toks[a.spanLast(res, k)].para+1 != para || r.span.open > 0 && toks[r.span.open-1].para == para {
		return speaker{}, false
	}
	// the other party: the last speaker before prev who is someone else,
	// in the paragraph just before prev's
	j := k - 1
	for j >= 0 && (res[j].text == "" || res[j].mergeTo >= 0 || res[j].sp.person == prev.sp.person) {
		j--
	}
	if j < 0 || res[j].sp.person == nil || toks[a.spanLast(res, j)].para+1 != toks[prev.span.open].para {
		return speaker{}, false
	}
	other := &res[j]
	// the exchange opens with the other's question or answer; a question
	// after a statement may ask no one ("Why should we pay?" asked a resident)
	if prev.rule != ruleAlternate && !isQuestion(other.text) && !exchangeVerbs.has(a.lx.speech[other.cue]) {
		return speaker{}, false
	}
	if isQuestion(r.text) && !a.asksOfSelf(&r.span) || isQuestion(prev.text) || a.addresses(&prev.span, other.sp.person) {
		return other.sp, true
	}
	return speaker{}, false
}

// asksOfSelf reports a question in the first person that does not
// address anyone: "Why would I?" is the answerer going on, where "And
// you told nobody?" goes on asking.
func (a *analysis) asksOfSelf(q *quoteSpan) bool {
	first := false
	for k := q.first; k < q.lim && k < len(a.d.toks); k++ {
		switch a.d.toks[k].lower {
		case "you", "your", "yours":
			return false
		case "i", "me", "my", "we", "us", "our":
			first = true
		}
	}
	return first
}

// spanLast returns the last token of quote k with the parts merged into it.
func (a *analysis) spanLast(res []attributedQuote, k int) int {
	last := res[k].span.open
	for j := k; j < len(res); j++ {
		if j == k || res[j].mergeTo == k {
			last = res[j].span.open
		}
	}
	return last
}

// isQuestion reports quoted words that end with a question mark.
func isQuestion(text string) bool {
	return strings.HasSuffix(strings.TrimSpace(text), "?")
}

// addresses reports a quote that calls p by name between commas or at its
// edges, as one speaks to someone: "They are not other people, Mr
// Okoro.", "Minister, is that acceptable?"; "Okoro lied" speaks of him.
func (a *analysis) addresses(q *quoteSpan, p *person) bool {
	toks := a.d.toks
	for k := q.first; k < q.lim && k < len(a.personAt); k++ {
		mi := a.personAt[k]
		if mi < 0 || a.people[a.mentions[mi].person] != p || a.mentions[mi].first != k {
			continue
		}
		m := a.mentions[mi]
		before := m.prefix == q.first || m.prefix > 0 && toks[m.prefix-1].text == ","
		after := m.lim >= q.lim
		if m.lim < len(toks) {
			switch toks[m.lim].text {
			case ",", ".", "?", "!":
				after = true
			}
		}
		if before && after {
			return true
		}
	}
	return false
}
