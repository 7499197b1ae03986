package extract

import "strings"

// compoundBeforeOrg returns the token after a hyphenated compound that
// describes the body named right after it ("the eastern-based Libyan
// National Army", "the Kurdish-led Syrian Democratic Forces", "the
// Iran-backed Houthis"), when a body of the gazetteer opens there: the
// complement is that body, whoever leads or backs it. Else j (of3).
func (a *analysis) compoundBeforeOrg(j int) int {
	toks := a.d.toks
	if j+1 >= len(toks) || toks[j].kind != tWord || !bodyCompound(toks[j]) {
		return j
	}
	if o, ok := a.orgAtTok(j + 1); ok && o.first == j+1 {
		return j + 1
	}
	return j
}

// bodyCompound reports "eastern-based", "Kurdish-led", "Iran-backed": a
// compound whose second half (words_people.tsv body-compound) says where
// a body sits or who leads, backs or runs it.
func bodyCompound(t token) bool {
	i := strings.LastIndexByte(t.lower, '-')
	return i > 0 && bodyCompounds.has(t.lower[i+1:])
}

// bodyCompounds are the second halves read by bodyCompound.
var bodyCompounds = wordList("body-compound")
