package extract

import "strings"

// namedAsBefore reports "named as" or "identified as" right before the
// name at f, closing a clause that names the subject of the sentence:
// "one of the men, whom it named as NAME, was a Hezbollah commander" says
// what NAME was.
func (a *analysis) namedAsBefore(f int) bool {
	toks := a.d.toks
	if f < 3 || toks[f-1].lower != "as" {
		return false
	}
	v := toks[f-2].lower
	return v == "named" || v == "identified"
}

// participleAfterTitle reports a lower-case "-ing" participle at k before
// a determiner, the reduced relative clause that says what the holder of
// the title before it does: "was a Hezbollah commander rebuilding the
// group's rocket network". "including" opens a list, not a clause.
func participleAfterTitle(toks []token, k int) bool {
	t := &toks[k]
	if t.kind != tWord || t.cap || len(t.lower) < 6 || !strings.HasSuffix(t.lower, "ing") || t.lower == "including" || k+1 >= len(toks) {
		return false
	}
	switch toks[k+1].lower {
	case "the", "a", "an", "its", "his", "her", "their":
		return true
	}
	return false
}
