package extract

// A report or belief of deaths that "but" takes back must be taken back of
// its own dead: "Police reported one man died, but his brother survived"
// tells of a survivor beside the dead, not of a report proved wrong.

// supposedWords are verbs of a belief that a later clause may prove wrong:
// "thought", "feared".
var supposedWords = wordList("supposed")

// survivorOther reports a denial word at j, after "but" at k-1, that is
// said of someone other than the reported dead: "the other victim
// survived", "another man", "a third man", "his brother", "her two
// children", "two others". A word of falsity ("wrong") is said of the
// report and is never another's. The subject is read after any verb of
// saying: "but police said his brother survived".
func (a *analysis) survivorOther(k, j int) bool {
	toks := a.d.toks
	if falseWords.hasToken(&toks[j]) {
		return false
	}
	for m := k; m < j; m++ {
		if sayVerbs.hasToken(&toks[m]) {
			k = m + 1
		}
	}
	if k < j && toks[k].lower == "that" {
		k++
	}
	for m := k; m < j; m++ {
		if w := toks[m].lower; w == "other" || w == "others" || w == "another" || ordinalWords()[w] > 0 {
			return true
		}
	}
	if k >= j {
		return false
	}
	switch toks[k].lower {
	case "a", "an", "his", "their", "its":
		return true
	case "her":
		return k+1 < j && !isAdverb(toks[k+1]) // "her son", not "found her alive"
	}
	return false
}

// survivalAt reports a word of people left alive at k: "expected to
// survive", "survived the attack"; not "survived by" of an obituary, which
// names the kin of the dead, nor a survival denied ("no one survived",
// "did not survive").
func (a *analysis) survivalAt(k int) bool {
	toks := a.d.toks
	if !survivalWords.hasToken(&toks[k]) || k+1 < len(toks) && toks[k+1].lower == "by" {
		return false
	}
	for m := k - 1; m >= 0 && m >= k-2; m-- {
		if survivalDenials.hasToken(&toks[m]) {
			return false
		}
	}
	return true
}

// survivalDenials deny a survival just before its word: "no one survived".
var survivalDenials = closedSet("no", "not", "n't", "nobody", "none", "never", "neither")

// survivalWords are words of people left alive: "survive", "surviving".
var survivalWords = wordList("survival")
