package extract

import (
	"strings"
	"unicode"
	"unicode/utf8"
)

// isHeadingQuote reports a quote that is a whole paragraph by itself and
// does not end as a sentence does: a subheading or pull quote such as
// 'Hard to say goodbye' that repeats, as a headline, words quoted in the
// article's own text. A heading is no attributed speech (GUIDELINES:
// Quotes): the words count where the article quotes them in a sentence.
func (a *analysis) isHeadingQuote(q *quoteSpan) bool {
	toks := a.d.toks
	if q.close < 0 || q.close >= len(toks) {
		return false
	}
	para := toks[q.open].para
	if toks[q.close].para != para {
		return false
	}
	if q.open > 0 && toks[q.open-1].para == para {
		return false
	}
	if q.close+1 < len(toks) && toks[q.close+1].para == para {
		return false
	}
	inner := strings.TrimRight(a.innerRaw(q), " \t\u00a0")
	r, _ := utf8.DecodeLastRuneInString(inner)
	return inner != "" && (unicode.IsLetter(r) || unicode.IsDigit(r))
}

// inLinkHeadline reports a quote inside the headline of a link to another
// story, a paragraph opened by a label in capitals and a colon that does
// not end as a sentence does: "WATCH: Senator slams ‘rush to judgment’ of
// students", "READ MORE: …". The headline is not the article's text.
func (a *analysis) inLinkHeadline(q *quoteSpan) bool {
	toks := a.d.toks
	p := a.d.paras[toks[q.open].para]
	k := p.first
	for k < p.lim && k < p.first+3 && toks[k].kind == tWord && isCapsLabel(toks[k].text) {
		k++
	}
	if k == p.first || k >= p.lim || toks[k].text != ":" {
		return false
	}
	last := p.lim - 1
	for last > k && toks[last].kind == tQuote {
		last--
	}
	switch toks[last].text {
	case ".", "!", "?", "\u2026", "...":
		return false
	}
	return true
}

// isCapsLabel reports a word of two or more letters, all capitals: "WATCH".
func isCapsLabel(w string) bool {
	n := 0
	for _, r := range w {
		if !unicode.IsUpper(r) {
			return false
		}
		n++
	}
	return n >= 2
}
