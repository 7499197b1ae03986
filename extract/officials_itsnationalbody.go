package extract

// itsNationalBody reads the body "Its" stands for when the sentence
// before opens with a state's adjective or name and a body of the
// gazetteer that is no state's, as its subject: "The Nepali Red Cross said
// it had distributed tarpaulins ... Its secretary general, NAME," is the
// national society's officer, no state's (GUIDELINES: null for non-state
// bodies). The name is the adjective with the body's: "Nepali Red Cross".
func (a *analysis) itsNationalBody(_ *role, prev sentence) itsAntecedent {
	toks := a.d.toks
	k := a.subjectFirst(prev)
	sm, ok := a.stateMentionAt(k)
	if !ok || sm.first != k || sm.possessive || sm.kind != sAdjective && sm.kind != sName {
		return itsAntecedent{}
	}
	o, ok := a.orgAtTok(sm.lim)
	if !ok || o.first != sm.lim || o.lim >= prev.lim {
		return itsAntecedent{}
	}
	if g := a.lx.orgs[o.org]; g.Kind != "ngo" && g.Kind != "company" && g.Kind != "media" {
		return itsAntecedent{}
	}
	// the body is the subject: a comma or a lower-case word follows it
	if n := toks[o.lim]; n.text != "," && (n.kind != tWord || n.cap) {
		return itsAntecedent{}
	}
	return itsAntecedent{kind: itsNonState, body: stripInvisible(a.d.text[toks[k].start:toks[o.lim-1].end])}
}
