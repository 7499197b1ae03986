package extract

// colonPronounGender is the gender of a pronoun that opens, as its
// subject, the clause a colon closes right before the quote: "She said:
// "…"", "He added on Monday: "…"". The cue named a speaker, so a quote
// left without one is not a bare continuation of whoever spoke last
// unless that speaker can be the pronoun. 0 when there is none.
func (a *analysis) colonPronounGender(q *quoteSpan) byte {
	toks := a.d.toks
	c := q.open - 1
	if c <= 0 || toks[c].text != ":" || toks[c].para != toks[q.open].para {
		return 0
	}
	start := a.d.sents[toks[c].sent].first
	g := thirdPersonGender(toks[start].lower)
	if g == 0 || start+1 >= c || toks[start].lower != "he" && toks[start].lower != "she" {
		return 0
	}
	v := a.skipAuxOrAdverbs(start+1, start+4)
	if v >= c || a.speechVerbAt(v) != v {
		return 0
	}
	return g
}

// colonPronounClash reports a quote after "She said:" whose speaker before
// cannot be that pronoun: someone of the other gender, or no one at all.
func (a *analysis) colonPronounClash(q *quoteSpan, prev *attributedQuote) bool {
	g := a.colonPronounGender(q)
	if g == 0 {
		return false
	}
	if prev == nil {
		return true
	}
	pg := byte(0)
	if prev.sp.person != nil {
		pg = a.genderOf(prev.sp.person)
	}
	return pg != 0 && pg != g
}
