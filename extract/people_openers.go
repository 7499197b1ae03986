package extract

import "strings"

// Sentence openers that are no part of the name after them, in shapes the
// singular occupationOpener does not cover: a plural or hyphenated noun for
// people ("Drummers Tom Kellan and …", "Singer-songwriters Paul Orrin
// and …") and an adverbial compound ("Week-by-week Ruiz's complaints").

// pluralOccupationOpener reports a sentence-opening noun for people that
// occupationBeforeName would take in the singular: its last hyphenated
// part, without a plural ending, ends as an occupation does ("drummers",
// "singer-guitarists", "businesswomen").
func (a *analysis) pluralOccupationOpener(k, lim int) bool {
	toks := a.d.toks
	if !toks[k].sentStart || k+3 > lim || a.isGivenName(k) || !a.isGivenName(k+1) || !toks[k+2].cap {
		return false
	}
	w := toks[k].lower
	if i := strings.LastIndexByte(w, '-'); i >= 0 {
		w = w[i+1:]
	}
	switch {
	case strings.HasSuffix(w, "men"):
		w = strings.TrimSuffix(w, "men") + "man"
	case strings.HasSuffix(w, "s") && !strings.HasSuffix(w, "ss"):
		w = strings.TrimSuffix(w, "s")
	default:
		if w == toks[k].lower {
			return false // a plain singular word: occupationOpener's case
		}
	}
	return len(w) >= 5 && hasAnySuffix(w, occupationEndings) && !a.aloneInSentence(k)
}

// phraseOpener reports a hyphenated adverbial that opens a sentence before
// a name: its parts after the first are lower case and one is a
// preposition or "and" ("Day-by-day", "Year-on-year", "Face-to-face"), which
// no name's parts are ("Jean-Pierre", "Abdel-Fattah").
func (a *analysis) phraseOpener(k, lim int) bool {
	t := &a.d.toks[k]
	if !t.sentStart || k+1 >= lim || !strings.Contains(t.text, "-") {
		return false
	}
	parts := strings.Split(t.text, "-")
	linked := false
	for _, p := range parts[1:] {
		if p == "" || strings.ToLower(p) != p {
			return false
		}
		linked = linked || p == "and" || prepositions.has(p)
	}
	return linked
}
