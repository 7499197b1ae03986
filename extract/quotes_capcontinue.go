package extract

// continuesSentence reports a quote next that goes on with the sentence
// an attribution interrupted after the quote q: it opens in lower case
// (continuesLower), or q is a clause that cannot stand alone, opened by
// a subordinator and ended at its only comma, so that next, capitalised
// as it may be, is the main clause: ""If that swing were repeated," he
// said, "Labour would be left with …"" is one sentence and one quote
// (GUIDELINES: a sentence interrupted by its attribution). ""This was a
// hard decision," he said, "I hope the fans understand."" is two.
func (a *analysis) continuesSentence(q, next *quoteSpan) bool {
	if a.continuesLower(next) {
		return true
	}
	toks := a.d.toks
	if q.first >= q.lim || next.first >= next.lim || next.first >= len(toks) || toks[next.first].kind != tWord {
		return false
	}
	if !dependentOpeners.hasToken(&toks[q.first]) {
		return false
	}
	for k := q.first + 1; k < q.lim; k++ {
		if t := toks[k].text; (t == "," || t == ";" || t == ":" || t == "." || t == "?" || t == "!") && !a.closingComma(k, q.lim) {
			return false // "If it rains, we stay," he said, "…": the main clause came
		}
	}
	return true
}

// closingComma reports the comma at k that ends the quote's words, only
// punctuation after it up to lim.
func (a *analysis) closingComma(k, lim int) bool {
	toks := a.d.toks
	if toks[k].text != "," {
		return false
	}
	for j := k + 1; j < lim; j++ {
		if toks[j].kind == tWord || toks[j].kind == tNum {
			return false
		}
	}
	return true
}

// dependentOpeners open a dependent clause that needs a main clause after
// it (words_quotes.tsv clause-opener).
var dependentOpeners = wordList("dependent-opener")
