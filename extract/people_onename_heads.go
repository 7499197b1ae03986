package extract

import "strings"

// saidOneNameWhoHeads reports one word after a speech verb that a relative
// clause gives an office by a role verb: "said Wartono, who heads the
// search and rescue office in Palu", a person known by one name (as many
// Indonesians are), as saidOneNameWithRole reads "said Suharyanto, head
// of the rescue office". The verb must be a present role verb with a
// definite object: "said Jakarta, which leads the talks" is no one's.
func (a *analysis) saidOneNameWhoHeads(start, lim int) bool {
	toks := a.d.toks
	t := toks[start]
	if start == 0 || lim+3 >= len(toks) || toks[lim].text != "," || toks[lim+1].lower != "who" || t.kind != tWord || t.sentStart {
		return false
	}
	if v := toks[start-1]; v.cap || a.lx.speech[v.lower] == "" {
		return false
	}
	if a.orgAt[start] >= 0 || a.placeAt[start] >= 0 || a.roleKind(start) != 0 || commonWord(t.lower) || a.lx.bodyWords[t.lower].kind != "" {
		return false
	}
	v := toks[lim+2]
	if v.cap || a.lx.roleVerbs[v.lower] == "" || !strings.HasSuffix(v.lower, "s") {
		return false
	}
	return a.bodyObject(a.roleVerbObject(lim + 2))
}
