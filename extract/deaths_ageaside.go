package extract

// ageAsideWords open an aside that gives the victims' ages, not a count of
// them: "14 people, the youngest 19, died"; "six climbers, the oldest aged
// 70, were killed".
var ageAsideWords = closedSet("youngest", "oldest", "eldest")

// ageAside reports an aside at the comma j that opens "the youngest" or
// "the oldest": the number in it is an age, and the count before the comma
// still reaches the verb after it.
func ageAside(toks []token, j int) bool {
	return j+2 < len(toks) && toks[j].text == "," && toks[j+1].lower == "the" && ageAsideWords.hasToken(&toks[j+2])
}
