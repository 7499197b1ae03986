package extract

// A body that is no state's may carry a state's name or adjective in front
// of its own: "the Chilean Red Cross", "Greenpeace Korea" are national
// branches of a body the gazetteer holds, not offices of the state.

// nationalBranchOrg reads a capitalised name [j, e) after a role's
// preposition that opens with a state's word and goes on with a body the
// gazetteer holds that is no state's agency, up to body nouns that are
// no state's ("the Kenya Red Cross Society"). The whole name is the
// role's organisation and the state stays empty. It returns the token
// after the name and whether it read one.
func (a *analysis) nationalBranchOrg(j, e int, w *titleWalk) (int, bool) {
	toks := a.d.toks
	m, ok := a.stateMentionAt(j)
	if !ok || m.possessive || m.lim >= e || w.org != "" || w.country != "" {
		return j, false
	}
	o, ok := a.orgAtTok(m.lim)
	if !ok || o.first != m.lim || a.lx.orgs[o.org].Kind == "agency" || a.lx.orgs[o.org].Country != "" {
		return j, false
	}
	for x := o.lim; x < e; x++ {
		if a.lx.bodyWords[toks[x].lower].kind != "body" {
			return j, false
		}
	}
	w.org, w.orgKind, w.nonState = a.d.text[toks[j].start:toks[e-1].end], a.lx.orgs[o.org].Kind, true
	return a.bodyNounAfter(e, w), true
}

// possessiveFirmOrg reads a state's or a city's possessive after a role's
// preposition and a capitalised name after it that is a firm, a union or
// another body that is no state's: "a spokesman for Russia's Gazprom", "a
// strategist at Moscow's Sovlink Securities". The body is the role's
// organisation; the place only says where it is based. A state's body
// after the possessive ("Russia's Federal Security Service") is left to
// stateComplement. It returns the token after the name and whether it
// read one.
func (a *analysis) possessiveFirmOrg(j int, w *titleWalk) (int, bool) {
	toks := a.d.toks
	if j >= len(toks) || a.placeAt[j] < 0 || w.org != "" || w.country != "" {
		return j, false
	}
	m := a.places[a.placeAt[j]]
	b := m.lim + 1 // the body's name, after "'s"
	if m.first != j || !m.possessive || b >= len(toks) || !toks[b].cap || toks[b].kind != tWord {
		return j, false
	}
	if o, ok := a.orgAtTok(b); ok && o.first == b {
		g := a.lx.orgs[o.org]
		if g.Kind == "agency" || g.Kind == "party" || g.Country != "" || a.capRunEnd(b) > o.lim {
			return j, false
		}
		w.setOrg(g)
		w.nonState = true
		return a.bodyNounAfter(o.lim, w), true
	}
	e := a.capRunEnd(b)
	if e <= b+1 || a.personAt[b] >= 0 || !a.privateBodyNameEnd(b, e-1) {
		return j, false // a company's last word ends the name: "Sovlink Securities"
	}
	if state, ok := a.bodyName(b, e); !ok || state {
		return j, false
	}
	w.org, w.orgKind, w.nonState = a.d.text[toks[b].start:toks[e-1].end], "company", true
	return a.bodyNounAfter(e, w), true
}

// bodyHeadInTitle reports a title word at k that may end a body's name
// written before the role noun: no role word, or a role's modifier that
// heads its members' body after a name's word ("Union" of "Sudanese Doctors
// Union coordinator", which "union leader" reads as a modifier); alone
// ("Union general secretary") the modifier stays in the title.
func (a *analysis) bodyHeadInTitle(k int) bool {
	toks := a.d.toks
	switch a.roleKind(k) {
	case 0:
		return true
	case rMod:
		return k > 0 && k+1 < len(toks) && !toks[k+1].cap && // the name ends there: not "Nomura Securities International"
			(memberBodyHeads.hasToken(&toks[k]) || a.lx.bodyWords[toks[k].lower].kind == "company") && a.nameWordOfBody(k-1) &&
			a.placeAt[k-1] < 0 && a.lx.bodyWords[toks[k-1].lower].kind == "" && !toks[k-1].sentStart
	}
	return false
}

// membersBodyInTitle reports a capitalised word in an apposition's title
// words that heads its members' own body or a firm after a word of its
// name ("Doctors Union", "Medical Association", "Ethiopian Airlines"): a
// "Wildlife Service" or a
// "Revenue Authority" after a state's name may be the state's, and a
// "Group Economist" names no body; they stay in the title.
func (a *analysis) membersBodyInTitle(words []int) bool {
	toks := a.d.toks
	for i, k := range words {
		firm := a.lx.bodyWords[toks[k].lower].kind == "company"
		if !toks[k].cap || !memberBodyHeads.hasToken(&toks[k]) && !firm {
			continue
		}
		if i == 0 && firm && k > 0 && a.placeAt[k-1] >= 0 && a.places[a.placeAt[k-1]].kind == sAdjective {
			return true // "the Ethiopian Airlines chief executive": a firm the state's adjective opens
		}
		if i == 0 || words[i-1] != k-1 {
			continue
		}
		if a.nameWordOfBody(k - 1) {
			return true
		}
	}
	return false
}

// nameWordOfBody reports a capitalised word at k that may stand in a
// body's name before its head: no role noun or rank ("Medical", a role's
// modifier elsewhere, is one; "Group" of "Group Economist" is no head).
func (a *analysis) nameWordOfBody(k int) bool {
	t := &a.d.toks[k]
	kind := a.roleKind(k)
	return t.cap && t.kind == tWord && kind != rHead && kind != rWeak && kind != rRank
}
