package extract

// surnameHonorifics go before a surname, never before a given name
// alone: "Mr Howard" is Michael Howard, not Howard Flight.
var surnameHonorifics = wordList("surname-honorific")

// surnameHonorificForm reports a one-word name p, written after a
// surname's honorific ("Mr Howard"), that is no short form of full, a
// name begun by the same word: the article writes full's own surname
// after such an honorific too ("Mr Flight"), or the word is a man's or
// a woman's given name and full ends in no given name, so is written
// given name first ("Howard Flight"). Names written surname first keep
// the merge: "Mr Xi" of Xi Jinping, "Mr Park" of Park Seung.
func (a *analysis) surnameHonorificForm(p, full *person) bool {
	if !a.afterSurnameHonorific(p.mentionIdx) {
		return false
	}
	last := full.words[len(full.words)-1]
	for _, q := range a.people {
		if q != full && len(q.words) == 1 && q.words[0] == last && a.afterSurnameHonorific(q.mentionIdx) {
			return true
		}
	}
	for _, mi := range full.mentionIdx {
		if m := a.mentions[mi]; m.lim-m.first == 1 && a.afterSurnameHonorific([]int{mi}) && a.d.toks[m.first].text == last {
			return true
		}
	}
	g := a.lx.givenNames.get(p.words[0])
	return (g == 'M' || g == 'F') && a.lx.givenNames.get(last) == 0
}

// afterSurnameHonorific reports a mention among mis written after a
// surname's honorific.
func (a *analysis) afterSurnameHonorific(mis []int) bool {
	for _, mi := range mis {
		if m := a.mentions[mi]; m.prefix < m.first && surnameHonorifics.hasToken(&a.d.toks[m.prefix]) {
			return true
		}
	}
	return false
}
