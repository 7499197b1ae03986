package extract

// bodyOwnerOverAdjective gives walk w the state of a possessive in an
// of-complement ("the Croat member of Bosnia's presidency") over the
// adjective before the role noun: the office is the body's, whose state
// the possessive names; the adjective then tells the holder's community
// or nationality, not whose office it is.
func (w *titleWalk) bodyOwnerOverAdjective(prep string, m placeMention) {
	if w.country != "" && prep == "of" && m.possessive && m.state && w.country != m.code {
		w.country = m.code
	}
}
