package extract

// jointStatesOpen reports a title with no state of its own in a story
// that names two states only, as often as each other, and first together
// as one subject ("Turkey and Greece held talks on Monday", "Turkish and
// Greek officials met"): a bare "Foreign Minister NAME" after it, which
// no owner ("its mayor") ties to either, may be either's, and GUIDELINES
// give a state only "where the article says or makes it plain". A state without such an office leaves the other's
// plain ("Jordan and Egypt ... President NAME"), and a place in the
// title's own sentence is read as before.
func (a *analysis) jointStatesOpen(r *role, lacks func(string) bool) bool {
	home := a.homeRanking()
	if len(home) != 2 || r.explicit || r.rule != ruleTitleBefore || r.owner >= 0 || lacks(home[0]) || lacks(home[1]) || a.datelineState() != "" {
		return false
	}
	toks := a.d.toks
	count := map[string]int{}
	joined := false
	for i := range a.places {
		m := &a.places[i]
		if toks[m.first].sent == toks[r.at].sent {
			return false // "In Ankara, Foreign Minister NAME said"
		}
		if m.code != "" {
			count[m.code]++ // "Potosí" is Bolivia's: a place of one state tips the story to it
		}
		if !m.state {
			continue
		}
		if i+1 < len(a.places) && m.lim+1 == a.places[i+1].first && toks[m.lim].lower == "and" && m.lim < r.at {
			n := &a.places[i+1]
			joined = joined || n.state && n.code != m.code
		}
	}
	return joined && count[home[0]] == count[home[1]] && len(count) == 2
}
