package extract

// clauseStops end a clause or sentence: the clause after a title holds none.
var clauseStops = closedSet(",", ".", ";", ":", "(", ")", "\u2014", "\u2013", "-")

// clauseAfterTitle steps back over a reduced relative clause between a
// title and the comma before a name (c is the token after that comma, as
// in titleCommaName): "the Swedish prosecutor leading the inquiry into
// the damage, NAME," is the prosecutor, the clause says what she does.
// The clause opens with an "-ing" participle and a determiner right after
// a role noun and runs to the comma within ten words of one sentence;
// it returns the token after the role noun's end, or c unchanged.
func (a *analysis) clauseAfterTitle(c int) int {
	toks := a.d.toks
	if c < 4 || toks[c-1].text != "," {
		return c
	}
	for k := c - 3; k > 0 && k >= c-12 && toks[k].sent == toks[c-1].sent; k-- {
		t := &toks[k]
		if clauseStops.hasToken(t) || t.kind == tQuote || a.personAt[k] >= 0 {
			return c
		}
		if participleAfterTitle(toks, k) && !toks[k-1].cap && a.roleKind(k-1) == rHead {
			return k + 1
		}
	}
	return c
}
