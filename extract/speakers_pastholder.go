package extract

import "strings"

// An office held before is not the office "the chancellor" means: "the
// chancellor said" in a story that calls Ken Clarke an "ex-Conservative
// chancellor" is the chancellor of the day, not him; only "the former
// chancellor" may be (au6).

// pastQualifiers open titles of offices held before (words_people.tsv
// past-qualifier).
var pastQualifiers = wordList("past-qualifier")

// pastTitle reports a title whose first word says the office was held
// before: "former President", "ex-Conservative chancellor", "then
// minister".
func pastTitle(title string) bool {
	w, _, _ := strings.Cut(strings.ToLower(strings.TrimSpace(title)), " ")
	if pre, _, ok := strings.Cut(w, "-"); ok && pre == "ex" {
		return true
	}
	return pastQualifiers.has(w)
}

// pastHolderOnly reports a person whose every role with the phrase's head
// noun is an office held before, for a bare "the" and role noun: "the
// chancellor" is no "ex-Conservative chancellor". A phrase with more words
// ("the finance minister") may name the office a past holder has taken
// again, which the story need not have written as a role.
func (a *analysis) pastHolderOnly(per *person, p *npPhrase) bool {
	if p.l-p.f != 2 || p.first.lower != "the" {
		return false // "the former chancellor", "the ex-minister", "the finance minister"
	}
	return a.pastRolesOnly(per, p.last.lower)
}

// pastRolesOnly reports a person whose every role with the head noun was
// held before, and who has one: pastHolderOnly and modifiersAgree both ask it.
func (a *analysis) pastRolesOnly(per *person, head string) bool {
	n := 0
	for _, r := range per.roles {
		if r.head != head && !a.titleEndsIn(r, head) {
			continue
		}
		if !pastTitle(r.title) {
			return false
		}
		n++
	}
	return n > 0
}
