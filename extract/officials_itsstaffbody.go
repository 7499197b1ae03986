package extract

import "strings"

// itsStaffBody is the staff body ("works council", "staff committee";
// words_people.tsv staff-body) that the subject of the sentence before
// "Its" names: "The bank's works council said it would fight the cuts. Its
// head, NAME," holds an office of the staff's body, no state's, whatever
// state the story is about.
func (a *analysis) itsStaffBody(_ *role, prev sentence) itsAntecedent {
	toks := a.d.toks
	first := a.reportedClauseStart(prev.first, prev.lim)
	for k := first; k+1 < prev.lim && k < first+8; k++ {
		if toks[k].kind != tWord && toks[k].lower != "'s" && toks[k].lower != "’s" {
			return itsAntecedent{} // the subject ends at its first punctuation
		}
		if a.peopleClass(k, pcSpeech) || subjectVerbs.hasToken(&toks[k]) {
			return itsAntecedent{} // the subject ends at its verb
		}
		pair := toks[k].lower + " " + toks[k+1].lower
		if staffBodies.has(pair) {
			return itsAntecedent{kind: itsNonState, body: strings.TrimSpace(a.d.text[toks[k].start:toks[k+1].end])}
		}
	}
	return itsAntecedent{}
}
