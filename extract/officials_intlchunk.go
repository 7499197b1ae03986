package extract

// introChunkMax is how far back from its comma intlTitleBeforeOrigin
// looks for the definite title's opening word: "The commander of the
// NATO-led Kosovo Force (KFOR), Turkish Major General NAME" spends twelve
// tokens on the body's name and acronym.
const introChunkMax = 14

// ledAfter reports "-led" or "led" at k, after a body's name: "the
// NATO-led Kosovo Force" is the force's, the body before only leads it.
func (a *analysis) ledAfter(k int) bool {
	toks := a.d.toks
	if k < len(toks) && toks[k].text == "-" {
		k++
	}
	return k < len(toks) && (toks[k].lower == "-led" || toks[k].lower == "led")
}
