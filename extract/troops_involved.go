package extract

// involvedInIncident reports "involved" right after personnel at lim with
// no "in" after it: "the four officers involved", the people an incident
// concerns, no deployment. "The 300 soldiers involved in the operation"
// names what they are deployed on and stays.
func involvedInIncident(toks []token, lim int) bool {
	if lim >= len(toks) || toks[lim].lower != "involved" || toks[lim].sent != toks[lim-1].sent {
		return false
	}
	return lim+1 >= len(toks) || toks[lim+1].lower != "in"
}
