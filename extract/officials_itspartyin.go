package extract

// itsPartyServedIn gives a role owned through "its" the party "its"
// stands for when the body its title names after "in" is only where the
// party's office sits ("The opposition AfD questioned the cost. Its
// defence spokesman in the Bundestag, NAME,"): the party's office, no
// state's, as "its defence spokesman in parliament" is. It reports
// whether it did; any other antecedent leaves the body in place.
func (a *analysis) itsPartyServedIn(r *role) bool {
	ir := a.rankAfterTitle(r)
	if r.org == "" || !a.ownedByState(ir.titleLo) || !a.bodyInAfterTitle(ir) {
		return false
	}
	ant := a.itsAntecedentOf(ir)
	if ant.kind != itsPartyBody {
		return false
	}
	ant.ownsRole(r)
	return true
}

// bodyInAfterTitle reports "in" and a body's name right after r's title,
// before the comma that sets off the name: "Its spokesman in the Sejm,".
func (a *analysis) bodyInAfterTitle(r *role) bool {
	toks := a.d.toks
	for k := r.titleLo; k < len(toks) && k < r.titleLo+6 && toks[k].sent == toks[r.titleLo].sent && toks[k].text != ","; k++ {
		if toks[k].lower == "in" {
			return a.bodyAfterIn(k)
		}
	}
	return false
}
