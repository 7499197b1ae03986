package extract

import "strings"

// A town in a title that the gazetteer knows in one state only may be
// its namesake in the dateline's state: "STOCKTON-ON-TEES, England — ...
// Labour's NAME, a Stockton borough councillor" is no Californian's
// office. When the dateline's own town is the title's town (or opens
// with its name) and the story names the gazetteer's state nowhere, the
// title's place says nothing of its state (fx50, r35e).

// datelineNamesake reports that the place in role r's title, of state
// c, is the namesake of the dateline's town, in the dateline's state.
func (a *analysis) datelineNamesake(r *role, c, dateline string) bool {
	if dateline == "" || dateline == c {
		return false
	}
	toks := a.d.toks
	first, _ := a.datelinePara()
	if first >= len(toks) || !isUpperWord(toks[first].text) {
		return false
	}
	town := ""
	for k := max(0, r.titleLo); k < r.titleHi && k < len(toks); k++ {
		if pi := a.placeAt[k]; pi >= 0 && a.places[pi].code == c && a.places[pi].kind == sPlace {
			m := a.places[pi]
			town = strings.ToLower(a.d.text[toks[m.first].start:toks[m.lim-1].end])
			break
		}
	}
	dl := strings.ToLower(toks[first].text)
	if town == "" || !(dl == town || strings.HasPrefix(dl, town+"-")) {
		return false
	}
	for _, m := range a.places {
		if m.state && m.code == c {
			return false // "... in California": the gazetteer's town after all
		}
	}
	return true
}
