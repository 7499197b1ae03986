package extract

import "strings"

// A speaker named after a quote with a long complement of the unit they
// serve in ("…," Det. Insp. NAME of the force's homicide and major enquiry
// team said) outruns the noun phrase reader, which stops at "and" between
// lower-case words and after twelve tokens (sk13, blind round r29h).

// complementJoins may stand inside such a complement: "of the force's
// homicide and major enquiry team".
var complementJoins = closedSet("and", "'s", "&")

// complementOpeners open the complement after the name.
var complementOpeners = closedSet("of", "at", "from", "with")

// nameOfLongComplement returns the person whose name opens the phrase at
// token i (after title words) followed by "of", "at", "from" or "with" and
// at most sixteen words, none a name, a verb or a relative word, up to a
// speech verb in the same sentence; v is the verb.
func (a *analysis) nameOfLongComplement(i int) (sp speaker, v int, ok bool) {
	toks := a.d.toks
	k := i
	for k < len(toks) && k < i+6 && a.personAt[k] < 0 && (toks[k].cap && toks[k].kind == tWord || toks[k].text == ".") {
		k++
	}
	if k >= len(toks) || a.personAt[k] < 0 {
		return speaker{}, 0, false
	}
	m := a.mentions[a.personAt[k]]
	if m.lim >= len(toks) || !complementOpeners.hasToken(&toks[m.lim]) {
		return speaker{}, 0, false
	}
	sent := toks[k].sent
	for j := m.lim + 1; j < len(toks) && j < m.lim+17 && toks[j].sent == sent; j++ {
		t := &toks[j]
		if a.quoteAt[j] >= 0 || a.personAt[j] >= 0 || relativeOpeners.hasToken(t) || t.lower == "which" || t.lower == "that" {
			return speaker{}, 0, false
		}
		if t.kind != tWord && !complementJoins.hasToken(t) {
			return speaker{}, 0, false
		}
		if !t.cap && a.speechVerbAt(j) == j {
			if j == m.lim+1 {
				return speaker{}, 0, false
			}
			return a.personSpeaker(a.people[m.person], k), j, true
		}
		if !t.cap && (strings.HasSuffix(t.lower, "ed") || t.lower == "is" || t.lower == "was") {
			return speaker{}, 0, false // another verb: the clause is not the name's
		}
	}
	return speaker{}, 0, false
}
