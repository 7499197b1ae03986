package extract

import "strings"

// possessiveMarkInName reports a possessive mark at k written on to the
// capitalised word before it inside a body's name: "'s" ("the Women's
// Institute") or, after a plural in s, a bare apostrophe ("the National
// Police Chiefs' Council", "the Farmers' Union"), so that "the council
// said" finds the whole name. A bare apostrophe after any other word is a
// quotation mark, not a possessive.
func (a *analysis) possessiveMarkInName(k int) bool {
	toks := a.d.toks
	if k < 1 || toks[k].spaceBefore {
		return false
	}
	switch toks[k].lower {
	case "'s", "’s":
		return true
	case "'", "’":
		return strings.HasSuffix(toks[k-1].lower, "s")
	}
	return false
}
