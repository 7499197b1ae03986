package extract

// holderNamedFromWord returns the full name of an office holder
// (office_holders.tsv) that the text writes as the word w and one
// capitalised word after it, for a speaker phrase of the one word w: a
// family name written first ("Xi Jinping", later "Xi") is how the story
// goes on to name the person, though the name finder, reading the last
// word as the surname, links no "Xi" to them. "" when there is none.
func (a *analysis) holderNamedFromWord(w string) string {
	toks := a.d.toks
	full := a.lx.holderTables().full
	for k := 0; k+1 < len(toks); k++ {
		if toks[k].text != w || !toks[k+1].cap || toks[k+1].kind != tWord || toks[k+1].sent != toks[k].sent {
			continue
		}
		name := a.d.text[toks[k].start:toks[k+1].end]
		if _, ok := full[holderKey(name)]; ok {
			return name
		}
	}
	return ""
}
