package extract

// npLeadNamedNext resolves a role of the story's lead, quoted there with
// no name, to the person the next sentence opens with: "The commander of
// U.S. Southern Command told senators on Tuesday that ... "well into next
// year." / Adm. NAME, testifying before the Senate Armed Services
// Committee, said ...". Wire copy names its source in the paragraph after
// the lead; leadHolder reads the role said there for quotes after the
// naming, this rule the lead's own quote. The phrase is a definite role
// in the first sentence of prose, the only description of a person there
// (no one is named in it), and the next sentence opens with someone who
// may hold that role and whose verb of speech follows.
func (a *analysis) npLeadNamedNext(p *npPhrase) (speaker, npVerdict) {
	toks := a.d.toks
	if p.first.lower != "the" || len(p.ppl) > 0 {
		return speaker{}, npPass
	}
	s := int(toks[p.f].sent)
	if s != a.firstProseSentence() || s+1 >= len(a.d.sents) {
		return speaker{}, npPass
	}
	r := p.f + 1
	for r < p.l && a.roleKind(r) != rHead && (a.roleKind(r) != rWeak || r+1 >= p.l || toks[r+1].lower != "of") {
		r++ // "The commander of ...", "The head of ..."
	}
	if r >= p.l || a.lastPersonBefore(a.d.sents[s].lim, s) >= 0 {
		return speaker{}, npPass // "the minister" beside someone the lead names is theirs to read
	}
	if per := a.openingSpeaker(a.d.sents[s+1], toks[r].lower); per != nil {
		return a.personSpeaker(per, p.f), npAccept
	}
	return speaker{}, npPass
}
