package extract

// counterpartBackState is the state of a bare "counterpart" role ("His
// counterpart, NAME, denied ...") that an earlier sentence names with
// its adjective ("... with his Azerbaijani counterpart."): the bare noun
// refers back to that counterpart, not to the state of the person whose
// counterpart it is. "" when the title has a word of its own before the
// head or no such phrase stands in the two sentences before.
func (a *analysis) counterpartBackState(r *role) string {
	toks := a.d.toks
	if r.head != "counterpart" || r.titleLo < 0 || r.titleHi > len(toks) || r.titleHi-r.titleLo != 1 {
		return ""
	}
	s := toks[r.titleLo].sent
	if s < 1 {
		return ""
	}
	from := a.d.sents[max(s-2, 0)].first
	for k := a.d.sents[s].first - 1; k > from; k-- {
		if toks[k].lower != "counterpart" {
			continue
		}
		if c, ok := a.stateAt(k - 1); ok {
			return c
		}
	}
	return ""
}
