package extract

// titleTimeWords are the days and seasons a phrase of when after a title
// names besides the months: "on Monday", "last spring".
var titleTimeWords = closedSet("monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday", "spring", "summer", "autumn", "fall", "winter")

// timeEndsTitle reports a phrase of when at k after a title, which ends
// the apposition as a year does: "defence minister in October", "who
// stepped down as defence minister last October to run for mayor",
// "ambassador until March", "finance minister on Monday". A month or a
// weekday must follow "in", "on", "last", "this", "next" or "earlier";
// "last year" and "this month" count too, and so do "amid",
// "during" and "at a moment" ("defence minister at a moment when ...").
// "in Tartu" or "on the council" go on with a place or a body and are no
// time.
func (a *analysis) timeEndsTitle(k int) bool {
	toks := a.d.toks
	if k+1 >= len(toks) || toks[k+1].sent != toks[k].sent {
		return false
	}
	if a.spanEndsTitle(k) {
		return true // "for nine years", "after leaving the White House"
	}
	nx := &toks[k+1]
	switch toks[k].lower {
	case "in", "on", "since":
		return monthWords.hasToken(nx) || titleTimeWords.hasToken(nx) && nx.lower != "fall"
	case "last", "this", "next", "earlier":
		return monthWords.hasToken(nx) || titleTimeWords.hasToken(nx) || nx.lower == "year" || nx.lower == "month" || nx.lower == "week"
	case "amid", "during":
		return true // "defence minister amid the war", "during the crisis"
	case "at":
		// "defence minister at a moment when", "at a time of war"
		w := ""
		if k+2 < len(toks) {
			w = toks[k+2].lower
		}
		return (nx.lower == "a" || nx.lower == "the") && (w == "moment" || w == "time" || w == "point")
	}
	return false
}
