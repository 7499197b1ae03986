package extract

import "strings"

// heldHeadByOther reports a bare definite description ("the minister's
// stance") whose one word is the head of a title another person holds by
// a rule other than anaphora ("Transport Minister NAME") named before it at: the description
// refers back to that holder, not to the last person named, who may be
// someone else whose own title went unread ("Its rail leader, NAME, said
// ... welcomed the minister's stance").
func (a *analysis) heldHeadByOther(p *person, title, head string, at int) bool {
	if len(p.roles) > 0 || strings.Contains(title, " ") || !strings.EqualFold(title, head) {
		return false
	}
	for _, q := range a.people {
		if q == p {
			continue
		}
		for _, r := range q.roles {
			if r.rule != ruleAnaphora && r.at < at && strings.EqualFold(r.head, head) && !a.otherOffice(r.title) {
				return true
			}
		}
	}
	return false
}

// otherOfficeWords make a title another office than its head's bare
// description (words_people.tsv other-office-word): "Shadow chancellor" is
// not "the chancellor", "Prime Minister" not "the minister".
var otherOfficeWords = wordList("other-office-word")

// otherOffice reports a title holding one of otherOfficeWords.
func (a *analysis) otherOffice(title string) bool {
	for _, w := range strings.Fields(strings.ToLower(title)) {
		if otherOfficeWords.has(w) {
			return true
		}
	}
	return false
}
