package extract

// commaBeforeTitle reports a comma before the title that opens at lo,
// past a state's adjective the title leaves out: "The head of the OSCE
// mission, Danish diplomat NAME, told" opens an apposition with the
// adjective, whose name is the speaker, not the description before it.
func (a *analysis) commaBeforeTitle(lo, start int) bool {
	toks := a.d.toks
	k := lo - 1
	for k > start && a.placeAt[k] >= 0 && toks[k].cap {
		if m := a.places[a.placeAt[k]]; !m.state {
			break
		}
		k--
	}
	return k >= 0 && toks[k].text == ","
}
