package extract

import "strings"

// secretaryNotMinister are the words before "secretary" that make no
// cabinet office of it: a press secretary or a party's general secretary
// is no minister.
var secretaryNotMinister = closedSet("press", "general", "permanent", "private", "executive", "cabinet", "parliamentary", "principal", "deputy", "assistant", "under")

// ministerAsSecretary returns the person in focus whose office is a
// portfolio's secretary ("Labour Secretary NAME"), for a bare "the
// minister" when no one the story names is a minister: Mexico's, Britain's
// and the Philippines' cabinet secretaries are their ministers. Nil for a
// press or general secretary, or when another person is in focus.
func (a *analysis) ministerAsSecretary(p *npPhrase) *person {
	if p.l-p.f != 2 || p.last.lower != "minister" {
		return nil
	}
	for _, q := range a.people {
		if q.role != nil && q.role.head == "minister" {
			return nil // "the minister" is that one's
		}
	}
	per := a.resolvePronoun(0, p.f)
	if per == nil || per.role == nil || per.role.head != "secretary" || per.role.org != "" {
		return nil
	}
	words := strings.Fields(strings.ToLower(per.role.title))
	if len(words) < 2 || words[len(words)-1] != "secretary" || secretaryNotMinister.has(words[len(words)-2]) {
		return nil
	}
	return per
}
