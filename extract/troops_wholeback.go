package extract

import "strings"

// wholeNamedBack reports a whole before the "including" of figure n that
// refers back to the troop figure last read: "Peru sent about 1,200
// police officers ... The minister said the officers, including 300 from
// the special operations unit, were there to guard the plant." The whole
// is "the" and the figure's own personnel noun right before the comma,
// within a few paragraphs of it.
func (a *analysis) wholeNamedBack(n number, last troopSoFar) bool {
	toks := a.d.toks
	k := n.hedge - 1 // "including"
	if k < 3 || toks[k].lower != "including" || toks[k-1].text != "," || last.unit == "" {
		return false
	}
	s := int(toks[n.first].sent)
	if last.sent >= s || int(toks[n.first].para)-last.para > 5 {
		return false
	}
	j := k - 2
	if _, lim := a.lx.personnel.match(toks, j, true); lim != k-1 || !strings.HasSuffix(" "+last.unit, " "+toks[j].lower) {
		return false // "the protesters, including 300 from the union"
	}
	return toks[j-1].lower == "the"
}
