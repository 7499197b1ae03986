package extract

import "strings"

// colonCueReach is how many tokens past an attribution's verb the colon
// that hands it to the next quote may stand: "She said on Tuesday: "…"".
const colonCueReach = 8

// colonIntroducesNext reports an attribution after a quote, its clause
// ending at token end, that a colon closes right before another quote
// opens: in `"…." She said: "…"` the clause introduces the quote after
// it, and the quote before keeps its own cue. A quote that ends on a
// comma ("…," she said: …) is the clause's own, and a colon past a comma
// ("He apologised for it, joking: "…"") closes another clause.
func (a *analysis) colonIntroducesNext(q *quoteSpan, end int) bool {
	toks := a.d.toks
	if strings.HasSuffix(strings.TrimSpace(a.innerRaw(q)), ",") {
		return false
	}
	for k := end; k < len(toks) && k < end+colonCueReach && toks[k].para == toks[q.close].para; k++ {
		switch {
		case toks[k].kind == tQuote, toks[k].text == ".", toks[k].text == ",":
			return false // ", joking: "…"": the colon is another verb's
		case toks[k].text == ":":
			return k+1 < len(toks) && toks[k+1].kind == tQuote && a.quoteAt[k+1] >= 0 && a.quoteAt[k+1] != a.quoteAt[q.close]
		}
	}
	return false
}
