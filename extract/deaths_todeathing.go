package extract

import "strings"

// The -ing form of a verb with "to death" is the same death as its
// participle, which the lexicon holds: "stabbing two guards to death" as
// "stabbed to death", "beating a man to death" as "beaten to death".

// participleGuesses returns the past participles an -ing verb may have:
// "stabbing" stabbed, "trampling" trampled, "beating" beaten, "burning"
// burned. A guess that is no word matches nothing in the lexicon.
func participleGuesses(w string) []string {
	stem, ok := strings.CutSuffix(w, "ing")
	if !ok || len(stem) < 2 {
		return nil
	}
	out := []string{stem + "ed", stem + "d", stem + "en"}
	if n := len(stem); stem[n-1] == stem[n-2] {
		out = append(out, stem[:n-1]+"ed") // "stabbing": stabbed, not stabbbed
	}
	return out
}

// diesToDeathIng reports an -ing verb at v whose participle with "to
// death" at j is a passive phrase of dying in the lexicon.
func (a *analysis) diesToDeathIng(v, j int) bool {
	toks := a.d.toks
	for _, p := range participleGuesses(toks[v].lower) {
		verb := toks[v]
		verb.lower, verb.shape = p, shapeBit(p)
		if a.diesToDeathPhrase(verb, toks[j], toks[j+1]) {
			return true
		}
	}
	return false
}
