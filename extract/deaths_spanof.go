package extract

// spanNouns name a stretch of time whose "of a week" is no rate: "in the
// space of a week", "over the course of a month".
var spanNouns = wordList("span-noun")

// spanOfBefore reports "space of" (or course, span) right before the
// article at j: "took 46 lives in the space of a week" tells how fast a
// toll came, not deaths each week.
func spanOfBefore(toks []token, j int) bool {
	return j >= 2 && toks[j-1].lower == "of" && spanNouns.hasToken(&toks[j-2])
}
