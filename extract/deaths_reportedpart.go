package extract

// A part of the reported dead that the clause takes back: "revised the
// toll down to 22, saying five of those reported dead had been found in
// hospitals", "two of the people listed as killed turned up alive". The
// part counts people who did not die, so it is no figure; "five of those
// reported dead were children" keeps its figure.

// partFoundAlive are the words after such a part that say its people
// lived or were counted in error.
var partFoundAlive = closedSet("alive", "survived", "hospital", "hospitals", "safe", "twice", "unharmed", "double-counted")

// reportedListed are the participles that make "those" a report of the
// dead rather than the dead themselves: "those reported dead", "those
// listed as killed"; or the missing, counted with the dead in a revised
// toll: "two of the missing had been found alive".
var reportedListed = closedSet("reported", "listed", "counted", "thought", "believed", "presumed", "feared", "registered", "missing", "unaccounted")

// reportedPartAlive reports a figure at i followed by "of those" (or "of
// the people") reported dead, whose clause then tells they lived.
func (a *analysis) reportedPartAlive(i int) bool {
	toks := a.d.toks
	s := a.d.sents[toks[i].sent]
	k := i + 1
	if k+2 >= s.lim || toks[k].lower != "of" || toks[k+1].lower != "those" && toks[k+1].lower != "the" {
		return false
	}
	j := k + 2
	if toks[j].lower == "people" || toks[j].lower == "victims" {
		j++
	}
	if j >= s.lim || !reportedListed.hasToken(&toks[j]) {
		return false
	}
	for e := j + 1; e < s.lim && e < j+14; e++ {
		if w := toks[e].text; w == ";" || w == ":" || toks[e].lower == "but" {
			return false
		}
		if partFoundAlive.hasToken(&toks[e]) {
			return true
		}
	}
	return false
}
