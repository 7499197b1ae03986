package extract

// titleSeatState returns the state whose capital a ministry's or a
// government's bare title is placed in, right after it: "A ministry
// spokeswoman in Astana, NAME," speaks for Kazakhstan's ministry, not for
// the ministry of another state that spoke before. A state's ministries
// sit in its capital; a place that is no capital says only where the
// holder serves (an envoy "in Ghana"), and is left to other rules.
func (a *analysis) titleSeatState(r *role, group string) string {
	if group != "ministry" && group != "government" {
		return ""
	}
	toks := a.d.toks
	j := r.titleHi
	if j+1 >= len(toks) || toks[j].lower != "in" {
		return ""
	}
	if m, ok := a.placeCovering(j + 1); ok && m.kind == sCapital && m.code != "" {
		return m.code
	}
	return ""
}

// capitalBeforeAgent returns the state of a capital written as "in
// CAPITAL by" right before the title at lo, the place where the act the
// title's holder is agent of was done: "made in Jakarta by ministry
// spokesman NAME" is Indonesia's ministry; else "".
func (a *analysis) capitalBeforeAgent(lo int) string {
	toks := a.d.toks
	if lo >= 2 && !toks[lo-1].cap && toks[lo-1].kind == tWord && toks[lo-1].lower != "by" {
		lo-- // "by ministry spokesman": the body's noun before the title
	}
	if lo < 3 || toks[lo-1].lower != "by" || a.placeAt[lo-2] < 0 {
		return ""
	}
	m := a.places[a.placeAt[lo-2]]
	if m.kind != sCapital || m.code == "" || m.lim != lo-1 || m.first < 1 || toks[m.first-1].lower != "in" {
		return ""
	}
	return m.code
}
