package extract

// A service noun shared by two numbers: "Indonesia and Malaysia sent 45
// and 30 military rescuers respectively". A service noun ("rescuers",
// "divers", "staff") names personnel only right after an armed service's
// word ("military", "navy"), which stands before the second number's
// noun, not the first's.

// servicePersonnelAt reads an armed service's word at k and a service
// noun right after it: "military rescuers", "navy divers". It returns the
// phrase.
func (a *analysis) servicePersonnelAt(k int) (string, bool) {
	toks := a.d.toks
	if k+1 >= len(toks) || !serviceMods.hasToken(&toks[k]) {
		return "", false
	}
	vals, lim := a.lx.personnel.match(toks, k+1, true)
	if lim == 0 || !a.lx.personnelServ[vals[0]] {
		return "", false
	}
	return a.d.text[toks[k].start:toks[lim-1].end], true
}
