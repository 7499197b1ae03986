package extract

import "strings"

// rivalGovernmentComplement reads a complement that is a government named
// by its type after a rival-government word ("prime minister of the rival
// Benghazi-based government", "minister in the parallel cabinet"): a
// government that is no state's own (settled policy: rival or de facto
// governments are null with the body). j is the complement's first word
// after its article; it returns the token after the government's noun.
func (a *analysis) rivalGovernmentComplement(j int, w *titleWalk) (int, bool) {
	toks := a.d.toks
	if j >= len(toks) || toks[j].cap || !rivalGovernmentWords.hasToken(&toks[j]) {
		return j, false
	}
	for x := j + 1; x < len(toks) && x <= j+4 && toks[x].kind == tWord && toks[x].para == toks[j].para; x++ {
		if !toks[x].cap && a.bodyKindAt(x) == "government" {
			if w.org == "" {
				from := j + 1
				if x == from {
					from = j // "the rival government"
				}
				w.org, w.orgKind = stripInvisible(a.d.text[toks[from].start:toks[x].end]), ""
			}
			w.country, w.nonState = "", true
			return a.agentPhraseEnd(x + 1), true
		}
	}
	return j, false
}

// agentPhraseEnd steps over a participle and its agent after a body's
// noun at e, up to the next mark ("backed by the parliament,"); else e.
func (a *analysis) agentPhraseEnd(e int) int {
	toks := a.d.toks
	if e+1 >= len(toks) || toks[e].cap || toks[e].kind != tWord || !strings.HasSuffix(toks[e].lower, "ed") || toks[e+1].lower != "by" {
		return e
	}
	for x := e + 2; x < len(toks) && x <= e+8 && toks[x].para == toks[e].para; x++ {
		if toks[x].kind != tWord {
			return x
		}
	}
	return e
}
