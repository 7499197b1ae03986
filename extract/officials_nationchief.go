package extract

import "strings"

// nationOfChief returns the one First Nation (or other nation that is no
// state) that the story names, for a bare title "Chief" or "Grand Chief"
// before a name: "Military aircraft flew residents of Tallow Creek Cree
// Nation out ... Chief NAME said" is the Nation's chief, not Canada's.
// A story naming two such nations, or none, gives none; the title alone
// is as often a chieftaincy's or a police chief's.
func (a *analysis) nationOfChief(r *role) string {
	if r.rule != ruleTitleBefore || !strings.EqualFold(r.title, "chief") && !strings.EqualFold(r.title, "grand chief") {
		return ""
	}
	toks := a.d.toks
	found := ""
	for k := 1; k < len(toks); k++ {
		if toks[k].lower != "nation" || !toks[k].cap || !toks[k-1].cap || toks[k-1].kind != tWord || toks[k-1].lower == "the" {
			continue
		}
		j := a.capRunStart(k - 1)
		if _, ok := a.stateMentionAt(j); ok {
			continue // "the Ukrainian Nation"
		}
		name := stripInvisible(a.d.text[toks[j].start:toks[k].end])
		if found != "" && found != name {
			return ""
		}
		found = name
	}
	return found
}
