package extract

// A date inside the phrase of a count of the dead: "weather-related deaths
// since February 3 had reached 61". The day's number is part of the date,
// not a second figure that would end the phrase.

// dayOfMonth reports a number at j that a month name stands right before:
// "February 3".
func dayOfMonth(toks []token, j int) bool {
	return j > 0 && toks[j].kind == tNum && monthWords.hasToken(&toks[j-1])
}
