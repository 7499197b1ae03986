package extract

// asideOpeners open a relative aside after a subject: "The force, which
// draws troops from Chad, Niger and Nigeria, said".
var asideOpeners = closedSet("which", "who", "whose")

// relativeAsideEnd returns the comma that closes a relative aside opened
// at the comma e, when a list inside it holds commas of its own: the comma
// before the subject's verb ("said", "was", "has"), past "Chad, Niger and
// Nigeria". It returns -1 when e opens no relative aside or no such verb
// follows a comma before lim.
func (a *analysis) relativeAsideEnd(e, lim int) int {
	toks := a.d.toks
	if e+1 >= lim || toks[e].text != "," || !asideOpeners.hasToken(&toks[e+1]) {
		return -1
	}
	for j := e + 2; j+1 < lim; j++ {
		if toks[j].text == "," && toks[j+1].kind == tWord && !toks[j+1].cap && (a.peopleClass(j+1, pcSpeech) || subjectVerbs.hasToken(&toks[j+1])) {
			return j
		}
	}
	return -1
}
