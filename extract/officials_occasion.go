package extract

// sceneOccasions are the occasions a sentence may open with before "in"
// and the scene's place (words_people.tsv scene-occasion).
var sceneOccasions = wordList("scene-occasion")

// occasionOpensIn reports "in" at k after an occasion that opens the
// sentence: "At a regular briefing in Beijing, foreign ministry
// spokesperson NAME" is set in Beijing as "In Beijing, ..." is. Only
// lower-case words stand between "At" or "During" and the occasion's
// noun, so "At least 20 people died in Beijing" sets no scene.
func (a *analysis) occasionOpensIn(k int) bool {
	toks := a.d.toks
	if k < 2 || k >= len(toks) || toks[k].lower != "in" || !sceneOccasions.hasToken(&toks[k-1]) {
		return false
	}
	for j := k - 1; j >= 0 && j >= k-5; j-- {
		t := &toks[j]
		if t.sentStart {
			return t.lower == "at" || t.lower == "during"
		}
		if t.kind != tWord || t.cap {
			return false
		}
	}
	return false
}
