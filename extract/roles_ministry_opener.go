package extract

import "strings"

// ruleMinistryOpener names the office of a person who takes over the
// ministry that opens the sentence: "At the defence ministry, NAME takes
// over from NAME2" makes NAME defence minister.
const ruleMinistryOpener = "ministry-opener"

// officeSuccession are the verbs by which the subject takes over an office
// (words_people.tsv office-succession); "takes" and "took" want "over".
var officeSuccession = wordList("office-succession")

// ministryOpenerRole reads "At the ADJ ministry," opening the sentence of
// the mention, the mention as the subject after the comma (perhaps after
// lower-case description words: "a retired general"), and a verb of
// succession after the name and its apposition. A sentence that only
// meets someone there ("At the defence ministry, NAME met") names no
// office.
func (a *analysis) ministryOpenerRole(rule string, p *person, mi int) bool {
	toks := a.d.toks
	m := a.mentions[mi]
	f := a.d.sents[toks[m.first].sent].first
	if toks[f].lower != "at" || m.first < f+4 {
		return false
	}
	lo := f + 1
	if toks[lo].lower == "the" {
		lo++
	}
	c := lo
	for c < m.first && toks[c].kind == tWord && !toks[c].cap && toks[c].lower != "ministry" {
		c++
	}
	if c == lo || c+1 >= m.first || toks[c].lower != "ministry" || toks[c+1].text != "," {
		return false
	}
	for k := c + 2; k < m.prefix; k++ {
		if toks[k].kind != tWord || a.personAt[k] >= 0 {
			return false
		}
	}
	v := a.skipApposition(m.lim)
	if v+1 >= len(toks) || !officeSuccession.hasToken(&toks[v]) || strings.HasPrefix(toks[v].lower, "t") && toks[v+1].lower != "over" {
		return false
	}
	words := make([]string, 0, c-lo+1)
	for k := lo; k < c; k++ {
		words = append(words, toks[k].lower)
	}
	w := titleWalk{lo: lo, hi: c + 1, hasHead: true, head: "minister", ownerAt: -1}
	a.addRoleText(p, w, strings.Join(append(words, "minister"), " "), rule, 2, mi)
	return true
}
