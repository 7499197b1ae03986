package extract

// forceGroupNouns are the nouns of a military formation written as a
// group "of forces" (words_people.tsv force-group-noun): "eastern group
// of forces", "the Dnipro grouping of troops".
var forceGroupNouns = wordList("force-group-noun")

// forceGroupAt reports a group's noun at i that "of forces" or "of troops"
// makes a state's military formation, not a body of its own: "a
// spokesman for Ukraine's eastern group of forces" speaks for Ukraine's
// armed forces. A bare "group" ("the group's spokesman") stays a body no
// state holds.
func (a *analysis) forceGroupAt(i int) bool {
	toks := a.d.toks
	if i+2 >= len(toks) || !forceGroupNouns.hasToken(&toks[i]) || toks[i+1].lower != "of" {
		return false
	}
	w := toks[i+2].lower
	return w == "forces" || w == "troops"
}
