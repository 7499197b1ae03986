package extract

// A title whose body a place owns through "the region's", "the
// province's" ("secretary-general of the region's Peshmerga Ministry") is
// an office of that place, so of the state the place lies in: not of a
// state whose ministry the sentence before named ("the Italian defence
// ministry said"). The place is the last one inside a state named before
// the title (fx50, r35b; KRG offices are Iraq's).

// regionOwnedState returns the state of the last place inside a state
// named in the two paragraphs before role r when a settlement noun after
// "the" owns a body in r's title ("of the region's Peshmerga Ministry"),
// or "".
func (a *analysis) regionOwnedState(r *role) string {
	toks := a.d.toks
	if r.titleLo < 1 || r.titleHi > len(toks) {
		return ""
	}
	owned := false
	for k := r.titleLo; k+1 < r.titleHi; k++ {
		if toks[k].lower == "the" && k+2 < len(toks) && settlementNouns.hasToken(&toks[k+1]) && toks[k+2].lower == "'s" {
			owned = true
			break
		}
	}
	if !owned {
		return ""
	}
	para := int(toks[r.titleLo].para)
	for pi := len(a.places) - 1; pi >= 0; pi-- {
		m := a.places[pi]
		if m.first >= r.titleLo {
			continue
		}
		if int(toks[m.first].para) < para-2 {
			return ""
		}
		if !m.state && m.kind == sPlace && m.code != "" && !m.ambiguous && len(m.altCodes) == 0 && !m.nameWord {
			return m.code
		}
	}
	return ""
}
