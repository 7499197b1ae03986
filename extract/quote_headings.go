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
