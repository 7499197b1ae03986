package extract

// usesTheName reports one word [start, lim) that a source is said to go
// by, closing a relative clause: "a spokesperson, who uses the name
// Sameer, said", "a commander who goes by the name Abu Bakr". Rebel
// spokesmen and activists often use one adopted name, which the name
// finder does not know as anyone's.
func (a *analysis) usesTheName(start, lim int) bool {
	toks := a.d.toks
	t := toks[start]
	if start < 4 || lim != start+1 || lim >= len(toks) || toks[lim].text != "," || t.kind != tWord || !t.cap || t.sentStart ||
		a.orgAt[start] >= 0 || a.placeAt[start] >= 0 || a.roleKind(start) != 0 || commonWord(t.lower) {
		return false
	}
	if toks[start-1].lower != "name" || toks[start-2].lower != "the" {
		return false
	}
	switch v := toks[start-3].lower; v {
	case "uses", "used", "using":
		return true
	case "by":
		return toks[start-4].lower == "goes" || toks[start-4].lower == "went" || toks[start-4].lower == "known"
	}
	return false
}
