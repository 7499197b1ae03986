package extract

// forceSpeakerEnd returns the token after the speech verb of a clause
// from start to the figure at first whose speaking subject holds a post
// that "the force", "the mission" or "the coalition" owns: "The force's
// commander, NAME, a deputy inspector general of the Kenya Police
// Service, said about 350 officers took part". He speaks for a force of
// several states; a state in his description is his own origin, not the
// sender of the force's figure, so the sender is looked for after the
// verb. Else start. A state's own body ("Kenya's police chief said")
// keeps its state.
func (a *analysis) forceSpeakerEnd(start, first int) int {
	for v := start + 3; v < first; v++ {
		if a.speechVerbAt(v) != v {
			continue
		}
		if a.forceOwnsSpeaker(start, v) {
			return v + 1
		}
		return start
	}
	return start
}

// forceOwnsSpeaker reports "the force's", "the mission's" or "the
// coalition's" from start to v.
func (a *analysis) forceOwnsSpeaker(start, v int) bool {
	toks := a.d.toks
	for j := start; j+2 < v; j++ {
		if toks[j].lower != "the" || toks[j+2].lower != "'s" {
			continue
		}
		switch toks[j+1].lower {
		case "force", "mission", "coalition":
			return true
		}
	}
	return false
}
