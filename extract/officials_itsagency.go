package extract

// itsAgencyState reads for a title that "Its" opens the state of a
// state's body of the gazetteer that opens the sentence before as its
// subject: "The Kurdistan Regional Government
// in Erbil ... was more muted. Its interior minister, NAME, said" holds
// Iraq's office (a region's government is its state's, as a premier's or a
// governor's office is), not that of the state the story is set in.
func (a *analysis) itsAgencyState(_ *role, prev sentence) itsAntecedent {
	toks := a.d.toks
	k := a.subjectFirst(prev)
	o, ok := a.orgAtTok(k)
	if !ok || o.first != k || o.lim >= prev.lim {
		return itsAntecedent{}
	}
	g := a.lx.orgs[o.org]
	if g.Kind != "agency" || g.Country == "" {
		return itsAntecedent{}
	}
	// the body is the subject: a comma or a lower-case word follows it
	if n := toks[o.lim]; n.text != "," && (n.kind != tWord || n.cap) {
		return itsAntecedent{}
	}
	return itsAntecedent{kind: itsStateBody, state: g.Country} // a state's body is no organization (GUIDELINES)
}
