package extract

// seatPastIts reports a legislator's seat chosen as the role's title after
// another title that "its" owns: "The opposition Peronist bloc ... Its
// leader, Sen. NAME," holds the state's seat; the party or bloc "its"
// stands for owns the leadership, not the seat (GUIDELINES: a legislator
// of a party holds a state office).
func (a *analysis) seatPastIts(r, ir *role) bool {
	return ir != r && ir.titleLo != r.titleLo && legislatorHeads.has(r.head)
}
