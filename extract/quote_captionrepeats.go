package extract

// captionRepeatWords is the fewest words a caption's quote must have to
// be read as a repeat of the body's: a short line may be said twice.
const captionRepeatWords = 4

// captionRepeat reports a quote in a photograph's caption ("… says: 'Just
// listen. Just listen to us. We're people.' (NAME/CBC)") whose words all
// stand in one quote of the article's body outside captions: the caption
// shortens what the body quotes in full, and a second copy is no second
// quote.
func (a *analysis) captionRepeat(res []attributedQuote, qi int) bool {
	r := &res[qi]
	if !a.photoCaption(int(a.d.toks[r.span.open].para)) {
		return false
	}
	words := a.spanWordCounts(&r.span)
	n := 0
	for _, c := range words {
		n += c
	}
	if n < captionRepeatWords {
		return false
	}
	for k := range res {
		o := &res[k]
		if k == qi || o.text == "" || a.photoCaption(int(a.d.toks[o.span.open].para)) {
			continue
		}
		if holdsAll(a.spanWordCounts(&o.span), words) {
			return true
		}
	}
	return false
}

// spanWordCounts counts the lower-case words inside a quote span.
func (a *analysis) spanWordCounts(q *quoteSpan) map[string]int {
	m := map[string]int{}
	for i := q.first; i < q.lim && i < len(a.d.toks); i++ {
		if a.d.toks[i].kind == tWord {
			m[a.d.toks[i].lower]++
		}
	}
	return m
}

// holdsAll reports that big holds every word of small as often.
func holdsAll(big, small map[string]int) bool {
	for w, c := range small {
		if big[w] < c {
			return false
		}
	}
	return true
}
