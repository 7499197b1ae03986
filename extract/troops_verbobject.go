package extract

import "strings"

// pastVerbWithObject reports a past verb at e, written with "-ed", whose
// object follows with its determiner: "Riot police numbering 3,500 ringed
// the National Assembly". After a force's figure such a word is the
// force's verb, not a noun counted by the figure; pastVerbAt takes it
// only before punctuation or "its".
func pastVerbWithObject(toks []token, e int) bool {
	if e+1 >= len(toks) {
		return false
	}
	t := &toks[e]
	if t.cap || t.kind != tWord || len(t.lower) < 5 || !strings.HasSuffix(t.lower, "ed") || toks[e+1].sent != t.sent {
		return false
	}
	switch toks[e+1].lower {
	case "the", "a", "an":
		return true
	}
	return false
}
