package extract

import "strings"

// localOfficeUnits are words of a local government's unit in a title
// (words_people.tsv local-office-unit).
var localOfficeUnits = wordList("local-office-unit")

// localUnitState returns the state of a local office (localUnitTitle):
// the dateline's state, where the reporter is, not the state of the
// sentence before ("... Chinese-funded wharf. Sanma provincial secretary
// NAME" in Port Vila); without a dateline, the state roleState gives.
func (a *analysis) localUnitState(p *person, r *role, used map[int]string, style, dateline string) string {
	if dateline != "" && !a.officeOf(r.title).lacks(dateline) {
		return dateline
	}
	return a.roleState(p, r, used, style, dateline)
}

// localUnitTitle reports a title written before the name that opens with
// a place's name and a local unit: "Mandera County Commissioner NAME",
// "Sanma provincial secretary NAME". The office is a local one of a
// state, not a body's member ("Commissioner" in a story about the African
// Union). A state, a body or an acronym before the unit ("APC county
// chairman") is no place.
func (a *analysis) localUnitTitle(r *role) bool {
	toks := a.d.toks
	if r.rule != ruleTitleBefore || r.titleLo < 0 || r.titleHi > len(toks) {
		return false
	}
	for k := r.titleLo + 1; k < r.titleHi-1; k++ {
		if !localOfficeUnits.hasToken(&toks[k]) {
			continue
		}
		w := toks[k-1]
		if !w.cap || w.kind != tWord || acronymLike(w.text) || a.orgAt[k-1] >= 0 {
			return false
		}
		_, state := a.stateMentionAt(k - 1)
		return !state
	}
	return false
}

// localModdedHead reports a title in lower case whose head, a local
// office's, follows a local unit's word: "local district commissioner",
// "regional governor". It is the office of a district of a state, never
// an international body's organ (fx54, r35d).
func localModdedHead(words []string, head string) bool {
	n := len(words)
	if n < 2 || !localOfficeHeads.has(head) || strings.ToLower(words[n-1]) != words[n-1] {
		return false
	}
	return localOfficeMods.has(words[n-2]) || localOfficeUnits.has(words[n-2])
}
