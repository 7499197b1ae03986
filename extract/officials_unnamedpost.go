package extract

import "strings"

// A diplomat is the sending state's, never the host's: "Lithuania
// summoned Belarus's chargé d'affaires ... handed the diplomat, NAME, a
// note" names Belarus's diplomat, though the story is about Lithuania.
// The definite description refers back to the diplomatic post the text
// named, with its state, just before.

// diplomaticHeads are role heads of a diplomat.
var diplomaticHeads = wordList("diplomatic")

// unnamedPostReach is how many sentences back, the role's own included,
// the post the description refers to may stand.
const unnamedPostReach = 2

// unnamedPostState returns the state of a diplomat's bare definite title
// ("the diplomat, NAME", "the envoy, NAME") taken from the nearest
// diplomatic post written before it with a state's possessive or
// adjective and no name of its own: "Belarus's chargé d'affaires", "the
// Russian ambassador"; "" otherwise.
func (a *analysis) unnamedPostState(r *role) string {
	toks := a.d.toks
	if r.titleLo < 1 || r.titleLo >= len(toks) || r.titleHi != r.titleLo+1 || toks[r.titleLo-1].lower != "the" || !a.diplomaticPostAt(r.titleLo) {
		return ""
	}
	s := int(toks[r.titleLo].sent)
	from := a.d.sents[max(s-unnamedPostReach+1, 0)].first
	for k := r.titleLo - 2; k >= from; k-- {
		if !a.diplomaticPostAt(k) || a.personAt[k] >= 0 {
			continue
		}
		if a.nameAfterPost(k) {
			return "" // "the Russian ambassador, NAME,": a person of their own
		}
		return a.stateOwningToken(k)
	}
	return ""
}

// diplomaticPostAt reports a diplomat's role noun at k: "envoy",
// "ambassador", "diplomat", "chargé" of "chargé d'affaires".
func (a *analysis) diplomaticPostAt(k int) bool {
	t := &a.d.toks[k]
	return t.kind == tWord && (diplomaticHeads.hasToken(t) || t.lower == "chargé" || t.lower == "charge" && a.affairesAfter(k))
}

// affairesAfter reports "d'affaires" within the tokens right after k.
func (a *analysis) affairesAfter(k int) bool {
	for j := k + 1; j < len(a.d.toks) && j <= k+3; j++ {
		if strings.Contains(a.d.toks[j].lower, "affaires") {
			return true
		}
	}
	return false
}

// nameAfterPost reports a person's name within the post's phrase after
// the role noun at k: "ambassador NAME", "chargé d'affaires, NAME".
func (a *analysis) nameAfterPost(k int) bool {
	for j := k + 1; j < len(a.d.toks) && j <= k+5; j++ {
		if a.personAt[j] >= 0 {
			return true
		}
		if t := a.d.toks[j]; t.kind == tWord && t.cap || t.text == "." || t.text == ";" {
			return false
		}
	}
	return false
}

// stateOwningToken returns the state whose adjective or possessive stands
// right before token k ("the Russian ambassador", "Belarus's chargé"), or
// "".
func (a *analysis) stateOwningToken(k int) string {
	toks := a.d.toks
	j := k - 1
	if j >= 1 && toks[j].lower == "'s" {
		j--
	}
	if j < 0 || a.placeAt[j] < 0 {
		return ""
	}
	if m := a.places[a.placeAt[j]]; m.state && m.lim == j+1 && m.kind != sCapital {
		return m.code
	}
	return ""
}
