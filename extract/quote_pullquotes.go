package extract

// pullQuoteWords is the fewest words a quote standing alone must have for
// its repetition in the article's own prose to mark it as a pull quote: a
// short line ("We will win") may well be said by someone and echoed by the
// reporter.
const pullQuoteWords = 6

// proseAround is the fewest other words the paragraph of the prose copy
// must hold: a copy that is a paragraph of its own, or one with a credit
// ("… brought me. Morgan McNeely"), is itself the display of a quote that
// someone said, and the quote in marks is the real one.
const proseAround = 5

// repeatsProse reports a quote standing alone whose words the article also
// writes as its own prose, outside quotation marks and inside a longer
// paragraph: a pull quote, a line of the reporter's text set off in marks
// as a display ("But when it comes to male characters, most of them consist
// of …" repeated between two paragraphs). Nobody speaks it, and the nearest
// name is no speaker. The words are compared as lower-case word tokens, so
// that the marks nested inside ('strong man' against “strong man”) do not
// matter.
func (a *analysis) repeatsProse(q *quoteSpan) bool {
	toks := a.d.toks
	var words []string
	for i := q.first; i < q.lim && i < len(toks); i++ {
		if toks[i].kind == tWord {
			words = append(words, toks[i].lower)
		}
	}
	if len(words) < pullQuoteWords {
		return false
	}
	// the first word's shape turns away most tokens before a string is
	// compared: the scan runs over the whole text for each quote
	shape := shapeBit(words[0]) // (a token's shape is its lower case's)
	for i := range toks {
		if toks[i].shape != shape || i >= q.open && i <= q.lim {
			continue
		}
		if toks[i].kind != tWord || toks[i].lower != words[0] || (i < len(a.quoteAt) && a.quoteAt[i] >= 0) {
			continue
		}
		if a.wordsFrom(i, words) && a.paraWords(i)-len(words) >= proseAround {
			return true
		}
	}
	return false
}

// wordsFrom reports that the word tokens from token i on are words, in order.
func (a *analysis) wordsFrom(i int, words []string) bool {
	toks := a.d.toks
	n := 0
	for k := i; k < len(toks) && n < len(words); k++ {
		if toks[k].kind != tWord {
			continue
		}
		if toks[k].lower != words[n] {
			return false
		}
		n++
	}
	return n == len(words)
}

// paraWords counts the word tokens of the paragraph that holds token i.
func (a *analysis) paraWords(i int) int {
	p := a.d.paras[a.d.toks[i].para]
	n := 0
	for k := p.first; k < p.lim; k++ {
		if a.d.toks[k].kind == tWord {
			n++
		}
	}
	return n
}
