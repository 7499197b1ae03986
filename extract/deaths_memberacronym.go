package extract

// A force's or a group's acronym counting its members after a number
// joined to counted people: "23 soldiers and nine VDP had been killed",
// "four police officers and two CJTF died". The acronym stands for the
// members as "nine VDP fighters" would; a place's ("nine US") or an
// acronym before a noun ("nine VDP fighters", read as the noun) is not
// taken, nor is a plural with a lower-case "s" ("nine APCs").

// memberAcronymAt reports an acronym at k standing for a group's members
// ("VDP", "CJTF", "FARDC"): a body's acronym (acronym: up to six
// characters, no place, no person) with two capitals or more and no noun
// of people after it.
func (a *analysis) memberAcronymAt(k int) bool {
	toks := a.d.toks
	if k >= len(toks) || toks[k].kind != tWord || !a.acronym(k) || !isUpperWord(toks[k].text) {
		return false
	}
	return k+1 >= len(toks) || toks[k+1].kind != tWord || a.victimKindOf(toks[k+1].lower) == 0
}
