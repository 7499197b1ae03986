package extract

// religiousHonorifics are the forms of address a member of a religious
// order is known by with one name: "Father Ioane", "Sister Maria"
// (words_people.tsv religious-honorific).
var religiousHonorifics = wordList("religious-honorific")

// religiousName returns the name of a one-word person that the text
// writes after a religious form of address, with it ("Father Ioane"):
// the one name alone does not say who speaks, and the person goes by
// both. Else it returns name.
func (a *analysis) religiousName(p *person, name string) string {
	if p == nil || len(p.words) != 1 || name != p.name {
		return name
	}
	toks := a.d.toks
	for _, mi := range p.mentionIdx {
		m := a.mentions[mi]
		if h := m.first - 1; h >= 0 && m.lim-m.first == 1 && toks[h].cap && toks[h].end < toks[m.first].start &&
			religiousHonorifics.hasToken(&toks[h]) {
			return toks[h].text + " " + name
		}
	}
	return name
}
