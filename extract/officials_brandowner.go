package extract

import "unicode"

// brandShaped reports an owner [lo, hi) of a role written before a name
// that is one word shaped as a brand, not a common word: an inner
// capital after lower case ("BuzzFeed", "YouTube"). Such a word needs no
// second mention to be a body's name: "BuzzFeed Editor-in-Chief NAME"
// edits the firm's site, no state's. An acronym is not enough: "NEMO
// director" may head a state's agency the gazetteer lacks.
func (a *analysis) brandShaped(lo, hi int) bool {
	if hi-lo != 1 {
		return false
	}
	rs := []rune(a.d.toks[lo].text)
	if len(rs) >= 2 && (rs[0] == 'M' && rs[1] == 'c' || len(rs) >= 3 && string(rs[:3]) == "Mac") {
		return false // "McCain adviser": a surname's, the person's aide
	}
	inner := false
	for i, c := range rs {
		if !unicode.IsLetter(c) {
			return false
		}
		inner = inner || i > 0 && unicode.IsUpper(c) && unicode.IsLower(rs[i-1])
	}
	return inner
}
