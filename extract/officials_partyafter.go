package extract

import "strings"

// partyAfterName gives a party leader the party written right after the
// name: "Opposition leader NAME of the Law and Justice party called ..."
// leads that party, a body that is no state's (GUIDELINES, Officials:
// organization for non-state bodies), so the state of the story must not
// take the role (r29e). Only a bare "leader" title before the name, and
// only "of the <Capitalised words> party" closing the name, count.
func (a *analysis) partyAfterName(p *person, r *role) bool {
	if r.rule != ruleTitleBefore || r.head != "leader" || r.org != "" || r.explicit {
		return false
	}
	if a.acronymLeader(r) {
		return true
	}
	toks := a.d.toks
	i := r.titleHi + len(p.words)
	if i+3 >= len(toks) || r.titleHi >= len(toks) || toks[i].sent != toks[r.titleHi].sent {
		return false
	}
	if toks[i].lower != "of" || toks[i+1].lower != "the" {
		return false
	}
	var words []string
	for k := i + 2; k < len(toks) && toks[k].sent == toks[i].sent; k++ {
		t := &toks[k]
		if t.lower == "party" && len(words) > 0 && words[len(words)-1] != "and" {
			r.org, r.orgKind, r.country, r.nonState = strings.Join(words, " "), "", "", true
			return true
		}
		if t.kind != tWord || (!t.cap && t.lower != "and") || a.placeAt[k] >= 0 {
			return false
		}
		words = append(words, t.text)
	}
	return false
}

// acronymLeader gives "PSL leader NAME" the body its acronym names when
// neither the gazetteer nor the state list knows it: a leader written
// under an acronym leads a party or group, and a state's leader is written
// with the state's own name or code ("UK leader"), which placeAt holds.
func (a *analysis) acronymLeader(r *role) bool {
	toks := a.d.toks
	lo := r.titleLo
	if lo < 0 || r.titleHi != lo+2 || r.titleHi > len(toks) || toks[lo+1].lower != "leader" {
		return false
	}
	t := &toks[lo]
	if t.kind != tWord || !isAcronym(t.text) || a.placeAt[lo] >= 0 || a.orgAt[lo] >= 0 || a.personAt[lo] >= 0 {
		return false
	}
	r.org, r.orgKind, r.country, r.nonState = t.text, "", "", true
	return true
}
