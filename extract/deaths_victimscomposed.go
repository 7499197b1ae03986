package extract

import "strings"

// Counted victims whose make-up the sentence tells: "Of the 40 victims,
// 22 were Nepali and 11 Indian", "Nearly half of the 120 victims were
// women", "Of the 19 victims named so far, 11 were children". Telling
// who the victims were by sex, age, nation or family is how a toll is
// broken down; the hurt are told by what befell them instead ("22 were
// treated for smoke inhalation"), so a participle after the copula is no
// make-up.

// victimShareWords take a share of counted victims: "half of the 120
// victims".
var victimShareWords = closedSet("half", "most", "majority", "third", "quarter", "many", "some", "all")

// victimsComposed reports the victims at v (the token "victims") counted
// as a whole, "of the N victims", at the head of their sentence or after
// a share, whose sentence goes on to a copula and then a word that is no
// participle: "were women", "were members of the same family".
func (a *analysis) victimsComposed(v int) bool {
	toks := a.d.toks
	if v < 3 || toks[v-2].lower != "the" || toks[v-3].lower != "of" {
		return false
	}
	s := a.d.sents[toks[v].sent]
	if o := v - 3; o != s.first && !(o > s.first && victimShareWords.hasToken(&toks[o-1])) {
		return false
	}
	for k := v + 1; k+1 < s.lim && k < v+12; k++ {
		if w := toks[k].text; w == ";" || w == ":" {
			return false
		}
		switch toks[k].lower {
		case "were", "was", "are":
		default:
			continue
		}
		e := k + 1
		if w := toks[e].lower; (w == "all" || w == "also" || w == "mostly" || w == "mainly") && e+1 < s.lim {
			e++
		}
		w := toks[e].lower
		if toks[e].kind != tWord || strings.HasSuffix(w, "ed") || strings.HasSuffix(w, "ing") || strings.HasSuffix(w, "en") && w != "women" && w != "children" && w != "men" {
			return false
		}
		kinds, _ := a.deathKindsAt(e)
		return !hasKind(kinds, dHurt)
	}
	return false
}
