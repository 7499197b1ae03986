package extract

// orderNouns name an order or a call (words_quotes.tsv order-noun).
var orderNouns = wordList("order-noun")

// orderGiver reads an order whose words the quote gives, the "to" at
// token v right before the quote's opening mark: "directives from Xi to
// "show absolutely no mercy"", "a call by the union to "stop every
// port"". The giver, after "from" or "by", speaks the words; a quote
// after "to" with no order before it ("went to "the best school"")
// has no speaker here. It returns the giver and the order noun's token.
func (a *analysis) orderGiver(q *quoteSpan, v int) (speaker, int, bool) {
	toks := a.d.toks
	if toks[v].lower != "to" || v+1 != q.open {
		return speaker{}, 0, false
	}
	start := a.d.sents[toks[v].sent].first
	for k := v - 1; k > start+1 && k >= v-6; k-- {
		if toks[k].lower != "from" && toks[k].lower != "by" {
			continue
		}
		if !orderNouns.hasToken(&toks[k-1]) || a.quoteAt[k] >= 0 {
			return speaker{}, 0, false
		}
		s, ok := a.resolveNP(k+1, v, q.open)
		return s, k - 1, ok
	}
	return speaker{}, 0, false
}
