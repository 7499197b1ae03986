package extract

import "slices"

// A role noun that is also an adjective ("major", "general", "premier";
// roles.tsv "adjective") written in lower case before a capitalised word
// is a title only inside a title phrase ("army major NAME"); after a plain
// adjective or determiner it qualifies the noun that follows: "the last
// major Marburg outbreak", "a general Election Commission order".

// dropAdjectiveTitles removes from each person the roles written before the
// name whose head is such a lower-case adjective with no role word before it.
func (a *analysis) dropAdjectiveTitles() {
	for _, p := range a.people {
		p.roles = slices.DeleteFunc(p.roles, func(r role) bool {
			return r.rule == ruleTitleBefore && a.adjectiveOnlyTitle(r)
		})
	}
}

// adjectiveOnlyTitle reports a title whose last word is a lower-case
// adjective role after a lower-case word that is no role word: "the
// last major NAME", "a general NAME".
func (a *analysis) adjectiveOnlyTitle(r role) bool {
	toks := a.d.toks
	h := r.titleHi - 1
	if r.titleLo < 0 || h < r.titleLo || r.titleHi > len(toks) {
		return false
	}
	if toks[h].cap || !a.lx.adjTitles[toks[h].lower] {
		return false
	}
	if h == 0 {
		return false
	}
	// "Turkish premier NAME", "Army major NAME": a state or a body before
	// it, or a role word, makes it a title
	prev := &toks[h-1]
	if prev.kind != tWord || prev.cap || a.placeAt[h-1] >= 0 {
		return false
	}
	switch a.roleKind(h - 1) {
	case rHead, rMod, rWeak, rQual:
		return false // "army major NAME", "former premier NAME"
	}
	return true
}
