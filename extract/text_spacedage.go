package extract

import "strings"

// Local news often writes an age without its hyphens: "killing 22 year
// old Corey Engleman", "a 17 year-old boy". The rules read an age as one
// token ending in "-year-old" (isAgeWord), so joinSpacedAges makes the
// spaced forms that token. "22 years old" stays apart: it is a predicate
// ("he was 22 years old"), not a modifier.

// joinSpacedAges joins, among the tokens from first on (one line's), a
// number followed by "year old", "year-old" or "-year old" into one token
// spelt "22-year-old" over the whole span.
func (d *doc) joinSpacedAges(first int) {
	out := first
	for k := first; k < len(d.toks); k++ {
		if n := d.spacedAgeLen(k); n > 0 {
			d.toks[out] = d.ageToken(k, n)
			out++
			k += n - 1
			continue
		}
		d.toks[out] = d.toks[k]
		out++
	}
	if out == len(d.toks) {
		return // most lines: no age written with a space
	}
	d.toks = d.toks[:out]
	// the quotation marks after a join moved down: index the line's again
	q := len(d.quoteToks)
	for q > 0 && d.quoteToks[q-1] >= int32(first) {
		q--
	}
	d.quoteToks = d.quoteToks[:q]
	for k := first; k < out; k++ {
		if d.toks[k].kind == tQuote {
			d.quoteToks = append(d.quoteToks, int32(k))
		}
	}
}

// spacedAgeLen returns how many tokens from k spell an age with a space
// in it, or 0.
func (d *doc) spacedAgeLen(k int) int {
	toks := d.toks
	if toks[k].kind != tNum || k+1 >= len(toks) || !toks[k+1].spaceBefore {
		return 0
	}
	num := toks[k].lower
	if strings.IndexByte(num, '-') < 0 && k+2 < len(toks) && toks[k+1].lower == "year" && toks[k+2].lower == "old" && toks[k+2].spaceBefore {
		return 3 // "22 year old"
	}
	if strings.IndexByte(num, '-') < 0 && toks[k+1].lower == "year-old" {
		return 2 // "22 year-old"
	}
	if strings.HasSuffix(num, "-year") && toks[k+1].lower == "old" {
		return 2 // "22-year old"
	}
	return 0
}

// ageToken makes the one token of the n tokens from k, spelt with hyphens.
func (d *doc) ageToken(k, n int) token {
	parts := make([]string, n)
	for i := range parts {
		parts[i] = d.toks[k+i].text
	}
	tok := d.toks[k]
	tok.end = d.toks[k+n-1].end
	tok.text = strings.Join(parts, "-")
	tok.lower = strings.ToLower(tok.text)
	tok.shape = shapeBit(tok.lower)
	tok.textShape = shapeBit(tok.text)
	tok.facts = d.factsOf(&tok)
	return tok
}
