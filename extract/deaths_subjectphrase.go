package extract

// A running count of deaths whose subject opens the sentence with a long
// phrase of the event: "Deaths from the Jeju Air crash at Muan airport
// stood at 179". deathsRoseTo read back only six words from the verb.

// deathSubjectPreps open the phrase of the event after a sentence's
// opening noun of death: "Deaths from the crash", "Fatalities in the
// floods".
var deathSubjectPreps = closedSet("from", "in", "during", "after")

// deathsSubjectOpens returns first when the sentence opens with a noun of
// death (after "the" or "confirmed" at most) and a phrase of the event
// up to the verb before k, no longer than 14 words; else k, so that the
// caller's own window stands.
func (a *analysis) deathsSubjectOpens(first, k int) int {
	toks := a.d.toks
	j := first
	if w := toks[j].lower; w == "the" || w == "confirmed" {
		j++
	}
	if k-j > 14 || j+2 >= k || !countedDeaths.hasToken(&toks[j]) || !deathSubjectPreps.hasToken(&toks[j+1]) {
		return k
	}
	return first
}
