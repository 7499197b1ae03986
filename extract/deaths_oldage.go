package extract

import "strconv"

// An obituary's one death: "The former minister died on Sunday at the age
// of 84", "The former envoy, 91, died peacefully at home". An old person
// dying of no stated harm is no death toll (GUIDELINES: a number of people
// killed or died, or a death toll — news of a death, not of an event with
// victims); "The surgeon, 62, died of his injuries" and one killed stay.

// oldAgeMin is the youngest age whose death with no stated harm reads as
// an obituary's.
const oldAgeMin = 70

// harmCauses name a harm after "died": "died of his injuries".
var harmCauses = wordList("harm-cause")

// causeOpeners open a clause after "died" that tells what killed: "died
// after ...", "when ...", "following ...", "from ...".
var causeOpeners = closedSet("after", "when", "following", "from", "as")

// oldAgeDeath reports one victim (l) whose predicate at v is "died", with
// an old age stated in the sentence (", 91," before v, "at the age of 84",
// "aged 84" after it) or right after it ("He was 89."), and no harm nor
// clause of cause ("after", "when") after the verb.
func (a *analysis) oldAgeDeath(l victimList, i, v int) bool {
	toks := a.d.toks
	if l.count != 1 || v >= len(toks) || toks[v].lower != "died" {
		return false
	}
	s := a.d.sents[toks[v].sent]
	old := v >= 3 && toks[v-1].text == "," && toks[v-3].text == "," && a.oldNumber(v-2)
	for k := v + 1; k < s.lim; k++ {
		if harmCauses.hasToken(&toks[k]) || causeOpeners.hasToken(&toks[k]) {
			return false // "died after a handgun went off": an event's victim
		}
		if toks[k].lower == "aged" || toks[k].lower == "of" && toks[k-1].lower == "age" {
			old = old || k+1 < s.lim && a.oldNumber(k+1)
		}
	}
	return (old || a.ageSentenceAfter(s.lim)) && i >= s.first
}

// ageSentenceAfter reports a sentence at k that only gives an old age:
// "He was 89."
func (a *analysis) ageSentenceAfter(k int) bool {
	toks := a.d.toks
	if k+3 >= len(toks) || toks[k].lower != "he" && toks[k].lower != "she" || toks[k+1].lower != "was" || !a.oldNumber(k+2) {
		return false
	}
	return toks[k+3].text == "." || toks[k+3].lower == "years"
}

// oldNumber reports a bare number at k of an old person's years.
func (a *analysis) oldNumber(k int) bool {
	t := a.d.toks[k]
	if t.kind != tNum || len(t.text) > 3 || !allDigits(t.text) {
		return false
	}
	n, _ := strconv.Atoi(t.text)
	return n >= oldAgeMin && n <= 120
}

// oldAgeDeathAfter is oldAgeDeath for a victim whose "died" comes after a
// relative clause: "NAME, a former minister who led the talks, died on
// Tuesday. He was 89."
func (a *analysis) oldAgeDeathAfter(l victimList, i int) bool {
	toks := a.d.toks
	if l.lim >= len(toks) {
		return false
	}
	s := a.d.sents[toks[l.lim].sent]
	for k := l.lim; k < s.lim; k++ {
		if toks[k].lower == "died" {
			return a.oldAgeDeath(l, i, k)
		}
	}
	return false
}
