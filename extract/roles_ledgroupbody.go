package extract

// ledGroupBody returns the armed group or party named right before ",
// led by" and a title the walk w found with no state or body of its own:
// "the Houthi delegation, led by chief negotiator NAME" holds the group's
// office, not the state the talks are held in (GUIDELINES: armed groups'
// and parties' officers have no country). A state's body or a body of
// another kind is left to the other rules ("the Emirati delegation"), and
// a party's only for a party's own office ("led by Foreign Minister NAME"
// holds a state's).
func (a *analysis) ledGroupBody(w titleWalk) (org, bool) {
	if w.org != "" || w.country != "" {
		return org{}, false
	}
	o, found := a.ledBodyBefore(w.lo)
	if !found || o.Kind != "armed" && (o.Kind != "party" || !partyOffices.has(w.head)) {
		return org{}, false
	}
	return o, true
}
