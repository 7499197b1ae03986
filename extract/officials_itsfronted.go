package extract

import "strings"

// The sentence before "Its" may front a short phrase of place or time
// before its subject: "Across the border, the Police Service of Northern
// Ireland said ... Its Chief Superintendent" is the police service's
// officer, as without the phrase.

// frontedPhraseEnd returns the token after the comma that closes a short
// phrase opening prev with a preposition or an "-ly" adverb ("Across
// the border,", "In Belfast,", "Separately,"), else prev.first.
func (a *analysis) frontedPhraseEnd(prev sentence) int {
	toks := a.d.toks
	f := prev.first
	if f >= prev.lim || toks[f].kind != tWord {
		return f
	}
	w := toks[f].lower
	if !prepositions.has(w) && w != "in" && w != "on" && !(len(w) > 4 && strings.HasSuffix(w, "ly")) {
		return f
	}
	for k := f + 1; k < prev.lim && k <= f+6; k++ {
		if toks[k].text == "," {
			return k + 1
		}
		if toks[k].kind != tWord && toks[k].kind != tNum {
			return f
		}
	}
	return f
}
