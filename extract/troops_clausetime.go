package extract

// joinedTimePhrase reports a short phrase of time that opens a clause
// joined by "and" (or "but") and ends at k, with no comma: "..., and in
// 1994 some 20,000 landed in Haiti", "and by June 400 had arrived". It
// does for a clause what openingTimePhrase does for a sentence.
func (a *analysis) joinedTimePhrase(k int) bool {
	toks := a.d.toks
	f := k
	for f > 0 && k-f < 2 && toks[f].sent == toks[k].sent && (toks[f].kind == tNum || toks[f].kind == tWord && (toks[f].cap || toks[f].lower == "then" || toks[f].lower == "now")) {
		f-- // "1994", "June", "then"
	}
	if f == k || f < 1 || toks[f-1].sent != toks[k].sent {
		return false
	}
	switch toks[f].lower {
	case "by", "since", "until", "in":
	default:
		return false
	}
	return toks[f-1].lower == "and" || toks[f-1].lower == "but"
}
