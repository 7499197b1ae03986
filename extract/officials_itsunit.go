package extract

import "strings"

// itsUnitSubject reads a numbered army unit opening prev whose name's
// ending only one state's army uses (unit_states.tsv): "The incoming 1st
// Armored Brigade Combat Team ... replaces a brigade. Its commander,
// NAME," commands an American unit, whatever places the sentence lists.
func (a *analysis) itsUnitSubject(_ *role, prev sentence) itsAntecedent {
	toks := a.d.toks
	k := a.subjectFirst(prev)
	for s := k; k < prev.lim && k < s+2 && !toks[k].cap && !ordinalToken(toks[k].lower); k++ {
		// past a lower-case modifier: "The incoming 1st ..."
	}
	if k >= prev.lim || !ordinalToken(toks[k].lower) {
		return itsAntecedent{}
	}
	var words []string
	for k++; k < prev.lim && toks[k].cap && toks[k].kind == tWord; k++ {
		words = append(words, toks[k].text)
	}
	for s := range words {
		if c, ok := a.lx.unitStates[strings.Join(words[s:], " ")]; ok {
			return itsAntecedent{kind: itsStateBody, state: c}
		}
	}
	return itsAntecedent{}
}
