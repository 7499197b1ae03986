package extract

// A Korean surname that is also an English word ("Oh", "No") closes a
// name in Western order after a given name inside a sentence: "Andy
// Samberg and Sandra Oh hosted", so that "actor Oh said" later finds her.
// A sentence's first word ("Oh, we never knew") stays the interjection.

// surnameAfterGiven reports such a surname at token i.
func (a *analysis) surnameAfterGiven(i int) bool {
	toks := a.d.toks
	if i == 0 {
		return false
	}
	t, p := &toks[i], &toks[i-1]
	if !t.cap || t.sentStart || t.text[1:] != t.lower[1:] || !a.peopleClass(i, pcSurnameFirst) {
		return false
	}
	return p.sent == t.sent && p.kind == tWord && p.cap && a.lx.givenNameWord(p.text)
}
