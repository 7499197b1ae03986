package extract

import "strings"

// "The regional force deployed by the Southern African Development
// Community, known as SAMIDRC, has 2,900 soldiers ... Its commander, Major
// General NAME, said": "Its" stands for a force of several states, whose
// command is no state's, whatever states its troops come from (ob9).

// multinationalWords qualify a force as several states' own
// (words_people.tsv multinational-word); multinationalForceNouns name the force
// (multinational-force-noun).
var (
	multinationalWords      = wordList("multinational-word")
	multinationalForceNouns = wordList("multinational-force-noun")
)

// itsMultinationalForce reads "Its" opening a role's sentence as a
// force of several states when the sentence before opens with "The", a
// few lower-case words holding a multinational word and a force's noun
// ("The regional force", "The multinational mission"), named by the
// acronym that sentence gives it ("known as SAMIDRC", "(SAMIDRC)") or "".
func (a *analysis) itsMultinationalForce(_ *role, prev sentence) itsAntecedent {
	toks := a.d.toks
	if prev.first+2 >= prev.lim || toks[prev.first].lower != "the" {
		return itsAntecedent{}
	}
	multi := false
	k := prev.first + 1
	if e := ledCompoundEnd(toks, k); e > k {
		k, multi = e, true // "The Saudi-led coalition": a force one state leads is several states'
	}
	for ; k < prev.lim && k < prev.first+5 && toks[k].kind == tWord && !toks[k].cap; k++ {
		multi = multi || multinationalWords.hasToken(&toks[k])
		if multinationalForceNouns.hasToken(&toks[k]) {
			break
		}
	}
	if !multi || k >= prev.lim || !multinationalForceNouns.hasToken(&toks[k]) || toks[k].cap {
		return itsAntecedent{}
	}
	return itsAntecedent{kind: itsForce, body: a.forceAcronymIn(k+1, prev.lim)}
}

// forceAcronymIn returns the acronym given a force in [lo, lim): after
// "known as" or in parentheses; "" if none.
func (a *analysis) forceAcronymIn(lo, lim int) string {
	toks := a.d.toks
	for j := lo + 1; j < lim; j++ {
		if len(toks[j].text) < 2 || !capitalLetters(toks[j].text) || a.placeAt[j] >= 0 {
			continue
		}
		if toks[j-1].text == "(" || j >= 2 && toks[j-1].lower == "as" && toks[j-2].lower == "known" {
			return toks[j].text
		}
	}
	return ""
}

// ledCompoundEnd returns the token after a compound "STATE-led" at k
// ("Saudi-led", "US-led"), written as one token or three; else k.
func ledCompoundEnd(toks []token, k int) int {
	if k < len(toks) && len(toks[k].lower) > 4 && strings.HasSuffix(toks[k].lower, "-led") {
		return k + 1
	}
	if k+2 < len(toks) && toks[k].cap && (toks[k+1].text == "-" || toks[k+1].text == "\u2013") && !toks[k+1].spaceBefore && toks[k+2].lower == "led" {
		return k + 3
	}
	return k
}
