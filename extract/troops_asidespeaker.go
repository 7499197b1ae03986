package extract

// A figure told in an aside of speech by a pronoun: "In all, he said, some
// 1,500 personnel would arrive". "he" is the person named last before
// the aside, in its sentence or the one before (Brigadier General NAME,
// who speaks for the Rwanda Defence Force ... told reporters), whose
// state's role makes the figure that state's, as a named reporter's does
// (reporterState).

// asideSpeakerState returns the state of the role of the person "he" or
// "she" stands for in ", he said," right before the figure starting at
// first (its hedge included); else "".
func (a *analysis) asideSpeakerState(first int) string {
	toks := a.d.toks
	h := hedgeStart(toks, first)
	if h < 4 || toks[h-1].text != "," || toks[h-4].text != "," || a.speechVerbAt(h-2) != h-2 {
		return ""
	}
	if w := toks[h-3].lower; w != "he" && w != "she" {
		return ""
	}
	from := a.sentenceBeforeFirst(h)
	for j := h - 5; j >= from; j-- {
		m := a.personAtTok(j)
		if m < 0 {
			continue
		}
		if r := a.people[a.mentions[m].person].role; r != nil && r.org == "" {
			return r.country
		}
		return "" // the last person named holds no state's role
	}
	return ""
}
