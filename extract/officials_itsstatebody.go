package extract

// stateOwnedHeads are lower-case nouns for a body that, owned by a state
// named before them, is that state's own: "Britain's energy regulator",
// "Ghana's anti-graft agency" (words_people.tsv state-owned-head). A firm,
// a union or a party a state is said to have is no state's.
var stateOwnedHeads = wordList("state-owned-head")

// itsStateOwnedBody reads the state of the body "Its" stands for when the
// sentence before opens with a state's possessive and a lower-case
// description of one of its own bodies: "Britain's energy regulator,
// Ofgem, has opened an investigation. Its chief executive, NAME," holds
// Britain's office. "Kenya's biggest union ... Its general secretary" is
// the union's, not Kenya's.
func (a *analysis) itsStateOwnedBody(_ *role, prev sentence) itsAntecedent {
	toks := a.d.toks
	m, ok := a.stateMentionAt(prev.first)
	if !ok || m.first != prev.first || !m.possessive || m.kind == sCapital || m.ambiguous || m.code == "" {
		return itsAntecedent{}
	}
	for j := m.lim + 1; j < prev.lim && j <= m.lim+4; j++ {
		if toks[j].kind != tWord || toks[j].cap {
			return itsAntecedent{}
		}
		if stateOwnedHeads.hasToken(&toks[j]) {
			return itsAntecedent{kind: itsStateBody, state: m.code}
		}
	}
	return itsAntecedent{}
}
