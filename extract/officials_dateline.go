package extract

import "slices"

// stateLeaders are the heads of the offices that lead a state.
var stateLeaders = wordList("state-leader")

// datelineFirstRanking is homeRanking with the dateline's state first when
// the story names it nearly as often as the state it names most (three
// times in four): a bare "Defence Minister" in a story datelined Male
// about India's troops leaving the Maldives is the Maldives', the state
// the reporter writes from, not the larger neighbour the story keeps
// naming. Only a cabinet's, a state leader's or a legislator's title
// ("Rep. NAME" in a story datelined Seoul about its troops in Lebanon)
// is read so: "a spokesman for the army delegation" at talks datelined
// in Oslo is the visitors'. A dateline of the press's own state is no such evidence.
func (a *analysis) datelineFirstRanking(r *role) []string {
	home := a.homeRanking()
	if s := a.unknownDatelineScene(); s != "" && len(home) > 1 && home[0] != s && slices.Contains(home, s) {
		return stateFirst(home, s) // "MOCÍMBOA DA PRAIA - ... a Rwandan patrol": the district administrator is Mozambique's
	}
	d := a.datelineState()
	if r.head != "minister" && !stateLeaders.has(r.head) && !legislatorHeads.has(r.head) {
		return home
	}
	if len(home) < 2 || d == "" || d == home[0] || d == a.styleCountry() {
		return home
	}
	if a.homeN[d]*4 < a.homeN[home[0]]*3 {
		return home
	}
	return stateFirst(home, d)
}

// stateFirst returns home with state d moved to its front.
func stateFirst(home []string, d string) []string {
	out := make([]string, 0, len(home))
	out = append(out, d)
	return append(out, slices.DeleteFunc(slices.Clone(home), func(c string) bool { return c == d })...)
}
