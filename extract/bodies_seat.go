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
