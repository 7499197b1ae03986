package extract

// regionCommander reports a title that is only a compass word and
// "commander", with no state written in it: "the eastern commander
// Khalifa Haftar" leads the forces of one half of a divided country, a
// rival authority's, no state's (settled policy: rival and de facto
// governments are null). A state's regional command says whose it is
// ("Ukraine's eastern commander", "the army's northern commander").
func (a *analysis) regionCommander(r *role) bool {
	if r.explicit || r.head != "commander" || r.owner >= 0 {
		return false
	}
	f := a.lowerFields(r.title)
	return len(f) == 2 && compassWords.has(f[0]) && f[1] == "commander"
}
