package extract

// unknownDatelineScene returns the state whose home news a story tells
// when its dateline is a town the gazetteer lacks ("MOCÍMBOA DA PRAIA -"):
// the state whose places and domestic things the story names at least
// minSceneCount times and twice as often as any other state's, or "". The
// reporter writes from that state, so its local offices (a district
// administrator, a provincial police commander) are its own, not those of
// a foreign force the story names more often ("a Rwandan patrol").
func (a *analysis) unknownDatelineScene() string {
	if a.datelineState() != "" {
		return ""
	}
	if first, lim := a.datelineSpan(); lim <= first {
		return ""
	}
	best, bestN, nextN := sceneLeader(a.sceneCounts(), func(string) bool { return true })
	if bestN < minSceneCount || bestN < 2*nextN {
		return ""
	}
	return best
}

// asideFromDatelineHome reports a state mention m in the sentence before
// a role's (opening at first) that is no subject of that sentence, in a
// story datelined in another state that it is most about and that has
// the office: "PORT LOUIS - ... the presence of Indian military personnel
// on Agalega, where New Delhi has built an airstrip. Foreign Minister
// NAME" is Mauritius's. Only the sentence's subject, which opens it, or a
// state's named body ("the US Navy") says whose office a bare title next
// is against the reporter's own state.
func (a *analysis) asideFromDatelineHome(r *role, m placeMention, first int) bool {
	d, home := a.datelineState(), a.homeRanking()
	if d == "" || d == m.code || len(home) == 0 || home[0] != d || a.officeOf(r.title).lacks(d) {
		return false
	}
	toks := a.d.toks
	if m.lim < len(toks) && toks[m.lim].cap && toks[m.lim].kind == tWord {
		return false // "its work for the US Navy. Rear Admiral NAME": a state's named body is its officer's
	}
	if first < len(toks) && toks[first].lower == "the" {
		first++
	}
	return m.first > first
}
