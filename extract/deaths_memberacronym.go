package extract

// A force's or a group's acronym counting its members after a number
// joined to counted people: "23 soldiers and nine VDP had been killed",
// "four police officers and two CJTF died". The acronym stands for the
// members as "nine VDP fighters" would; a place's ("nine US") or an
// acronym before a noun ("nine VDP fighters", read as the noun) is not
// taken, nor is a plural with a lower-case "s" ("nine APCs").

// memberAcronymLen bounds an acronym's letters: "VDP", "CJTF", "FARDC".
const memberAcronymLen = 6

// memberAcronymAt reports an acronym at k standing for a group's members:
// all in capitals, no place, and no noun of people after it.
func (a *analysis) memberAcronymAt(k int) bool {
	toks := a.d.toks
	if k >= len(toks) || toks[k].kind != tWord || len(toks[k].text) > memberAcronymLen || !isUpperWord(toks[k].text) || a.placeAt[k] >= 0 {
		return false
	}
	return k+1 >= len(toks) || toks[k+1].kind != tWord || a.victimKindOf(toks[k+1].lower) == 0
}
