package extract

import "strings"

// domesticPolice are nouns of a state's own police, who serve at home.
var domesticPolice = wordList("domestic-police")

// dutySubsetState returns the state of the place a part of domestic police
// is posted to, told right after their figure n..lim: "30,000 police and
// gendarmes would be on duty on New Year's Eve, 10,000 of them in Paris"
// are France's. A state's police serve in their own state, so the place
// of a part names the whole's; soldiers may serve abroad and are not read.
func (a *analysis) dutySubsetState(n number, lim int) string {
	toks := a.d.toks
	police := false
	for k := n.lim; k < lim; k++ {
		police = police || domesticPolice.hasToken(&toks[k])
	}
	if !police {
		return ""
	}
	s := a.d.sents[toks[n.first].sent]
	for k := lim; k+4 < s.lim; k++ {
		if toks[k].text != "," {
			continue
		}
		m, ok := a.d.parseNumber(k + 1)
		if !ok || m.first != k+1 || m.value >= n.value || m.lim+3 >= s.lim || toks[m.lim].lower != "of" || toks[m.lim+1].lower != "them" || toks[m.lim+2].lower != "in" {
			continue
		}
		if p, ok := a.placeStartingAt(m.lim + 3); ok && p.code != "" {
			return p.code
		}
	}
	return ""
}

// withSubjectState returns the state that opens an absolute clause "with
// STATE" right before the participle at v: "with Sweden contributing
// about 300" counts Sweden's, not the state of the main clause.
func (a *analysis) withSubjectState(v int) string {
	toks := a.d.toks
	if v < 2 || a.placeAt[v-1] < 0 || !strings.HasSuffix(toks[v].lower, "ing") {
		return ""
	}
	m := a.places[a.placeAt[v-1]]
	if !m.state || m.lim != v || m.first < 1 || toks[m.first-1].lower != "with" {
		return ""
	}
	return m.code
}
