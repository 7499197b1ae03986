package extract

// numberedNameWords name a road, a flight, a place or a unit by the number
// after them: "Interstate 80", "Flight 370", "Tower 22", "Gate 4".
var numberedNameWords = wordList("numbered-name")

// numberedName reports a bare number in digits right after a capitalised
// noun that names a thing by it: the 80 of "The crash on Interstate 80
// killed six people" is a road, and the death verb after it belongs to
// the crash (r29h). A hedge or a word number is a count ("Flight 370 killed
// all 239", "on Route 9 about 12 died"), so only a bare digit run is read.
func (a *analysis) numberedName(n number) bool {
	toks := a.d.toks
	k := n.first - 1
	if k < 0 || n.hedge != n.first || n.lim != n.first+1 || toks[n.first].kind != tNum {
		return false
	}
	p := &toks[k]
	return p.cap && p.kind == tWord && numberedNameWords.hasToken(p)
}
