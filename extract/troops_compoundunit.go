package extract

import "strings"

// A mass personnel noun followed by another names one unit headed by the
// last: "2,000 infantry soldiers", "600 riot police officers". The head
// gives the unit's strength, and the first noun is no unit of its own
// that a noun after it would make a mere modifier ("300 police cars"). A
// plural in -s is a head already: "20 Marines guards the embassy",
// "2,000 soldiers police said".

// compoundUnit extends the personnel unit vals ending at lim (opened at j)
// over the personnel nouns that follow a mass noun in lower case.
func (a *analysis) compoundUnit(j int, vals []int, lim int) ([]int, int) {
	toks := a.d.toks
	for lim < len(toks) && !strings.HasSuffix(toks[lim-1].lower, "s") && toks[lim].kind == tWord && !toks[lim].cap && toks[lim].para == toks[j].para {
		v2, l2 := a.lx.personnel.match(toks, lim, true)
		if l2 <= lim || len(v2) == 0 {
			break
		}
		vals, lim = v2, l2
	}
	return vals, lim
}
