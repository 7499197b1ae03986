package extract

// speakerForForceOpener reports a role whose sentence opens with a
// speaker's noun for a definite force before its title, with no state
// named there: "A spokesman for the contingent, Captain NAME," and "The
// commander of the battalion, Major NAME," take the force named before
// ("Djiboutian troops serving with the mission ..."), as "the military's
// spokesman" does (definiteForceOwner).
func (a *analysis) speakerForForceOpener(r *role) bool {
	toks := a.d.toks
	s := a.d.sents[toks[r.at].sent]
	k := s.first
	if k+4 >= r.titleLo || k+4 >= len(toks) || toks[k].lower != "a" && toks[k].lower != "the" {
		return false
	}
	if toks[k+1].cap && k+1 != s.first+1 || a.roleKind(k+1) == 0 {
		return false
	}
	if p := toks[k+2].lower; p != "for" && p != "of" || toks[k+3].lower != "the" || toks[k+5].text != "," {
		return false
	}
	kind := a.bodyKindAt(k + 4)
	return (kind == "military" || kind == "police") && a.placeAt[k+4] < 0 && !toks[k+4].cap
}

// openerForceState is the state of the force a speakerForForceOpener
// role's definite noun refers back to: the nearest force noun with a
// state of its own in the two sentences before ("Djiboutian troops",
// "the Dutch contingent"), or "".
func (a *analysis) openerForceState(r *role) string {
	if r.at >= len(a.d.toks) || !a.speakerForForceOpener(r) {
		return ""
	}
	s := int(a.d.toks[r.at].sent)
	lo := a.d.sents[max(s-2, 0)].first
	for k := a.d.sents[s].first - 1; k >= lo; k-- {
		if kind := a.bodyKindAt(k); kind == "military" || kind == "police" {
			if c := a.bodyState(k); c != "" {
				return c
			}
		}
		if ids, lim := a.lx.personnel.match(a.d.toks, k, true); lim == k+1 && len(ids) > 0 && !a.lx.personnelWeak[ids[0]] {
			if c, ok := a.stateAt(k - 1); ok {
				return c // "Djiboutian troops"
			}
		}
	}
	return ""
}
