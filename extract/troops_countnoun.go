package extract

import "strings"

// countNounAt reports "number" at k used as a noun, followed by "of": "an
// unknown number of rebels were killed" goes on to the predicate, while
// the verb ("the force will number 600") ends a figure's clause.
func countNounAt(toks []token, k int) bool {
	w := toks[k].lower
	return (w == "number" || w == "numbers") && k+1 < len(toks) && toks[k+1].lower == "of"
}

// numberNounAt reports "number" at k used as a noun after its article,
// perhaps with one adjective between: "the true number on board was
// higher", "a number". A plural or an auxiliary before it makes it the
// verb: "The troops number 600", "will number 600".
func numberNounAt(toks []token, k int) bool {
	if toks[k].lower != "number" && toks[k].lower != "numbers" {
		return false
	}
	if countNounAt(toks, k) || k > 0 && determiners.hasToken(&toks[k-1]) {
		return true
	}
	if k < 2 || !determiners.hasToken(&toks[k-2]) {
		return false
	}
	p := &toks[k-1]
	return p.kind == tWord && !p.cap && !strings.HasSuffix(p.lower, "s") && !auxWords.hasToken(p) && !modalVerbs.hasToken(p)
}
