package extract

// itsDescribedBody reads the body "Its" before a role's title stands for
// when the sentence before names it last with an apposition that types it
// as a body that is no state's: "The pit belongs to Carbonera Norte, a
// small operator that sells coal to the state utility. Its director,
// NAME," is Carbonera Norte's. A name no gazetteer holds is read as a body
// only through that apposition; a place's or a listed body's name, or an
// apposition typing a state's body ("a state agency") or a person ("a
// union official"), gives none.
func (a *analysis) itsDescribedBody(_ *role, prev sentence) itsAntecedent {
	toks := a.d.toks
	for c := prev.lim - 1; c > prev.first; c-- {
		if toks[c].text != "," || !toks[c-1].cap || toks[c-1].kind != tWord {
			continue
		}
		lo := c - 1
		for lo > prev.first && toks[lo-1].cap && toks[lo-1].kind == tWord {
			lo--
		}
		if toks[lo].lower == "the" {
			lo++
		}
		// a name the people pass took for a person's is the body's when the
		// apposition types it: "Carbonera Norte, a small operator"
		if lo >= c || a.placeAt[lo] >= 0 || a.orgAt[lo] >= 0 || !a.typedNonStateAfter(c+1, prev.lim) {
			continue
		}
		return itsAntecedent{kind: itsNonState, body: stripInvisible(a.d.text[toks[lo].start:toks[c-1].end])}
	}
	return itsAntecedent{}
}

// typedBodyFollowers are the words after a body's noun that end the noun
// phrase: "a small operator that sells coal", "a company based in Lyon";
// "a union official" goes on to a person's noun.
var typedBodyFollowers = closedSet("that", "which", "whose", "in", "from", "with", "based", "owned", "run", "founded", "of", "and")

// typedNonStateAfter reports "a" or "an", up to three lower-case words and
// a noun of a body that is no state's at k: "a small operator", "a
// family-owned company".
func (a *analysis) typedNonStateAfter(k, lim int) bool {
	toks := a.d.toks
	if k >= lim || toks[k].lower != "a" && toks[k].lower != "an" {
		return false
	}
	for j := k + 1; j < lim && j <= k+4; j++ {
		if toks[j].kind != tWord || toks[j].cap {
			return false
		}
		if a.nonStateNoun(j) || firmNouns.hasToken(&toks[j]) {
			return j+1 >= lim || toks[j+1].kind != tWord || typedBodyFollowers.hasToken(&toks[j+1]) // the noun heads the apposition
		}
	}
	return false
}
