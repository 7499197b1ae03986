package extract

// A common word capitalised inside a sentence after two name words and
// before an apposition or a speech verb is the name's last word, as many
// South Sudanese and other surnames are ("NAME Gatkuoth Both, a spokesman
// for …, said"; "… Deng Long said"), not the word ("both") it spells.

// commonWordSurname reports such a word at token i.
func (a *analysis) commonWordSurname(i int) bool {
	toks := a.d.toks
	t := &toks[i]
	if i < 2 || i+2 >= len(toks) || t.sentStart || t.kind != tWord || t.text[1:] != t.lower[1:] {
		return false
	}
	for _, k := range []int{i - 2, i - 1} {
		if toks[k].sent != t.sent || !toks[k].cap || toks[k].kind != tWord || !a.isNameWord(k) {
			return false
		}
	}
	n, n2 := &toks[i+1], &toks[i+2]
	switch {
	case n.text == ",":
		return n2.lower == "a" || n2.lower == "an" || n2.lower == "the"
	case !n.cap && n.kind == tWord:
		return a.lx.speech[n.lower] != ""
	}
	return false
}
