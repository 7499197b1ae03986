package extract

import "strings"

// sharedPartyHome gives a legislator of a party whose name, as written,
// several states' parties share ("Democratic Party": the US Democrats, the
// Democratic Party of Korea; "Labour Party", "Liberal Party") the seat of
// the state the story is about, dateline first, when that is not the
// gazetteer's default state of the name; else "".
func (a *analysis) sharedPartyHome(r *role) string {
	written, _ := a.partyMentionOf(r.org)
	if written == "" || !a.sharedPartyName(written, r.orgState) {
		return ""
	}
	home := a.datelineFirstRanking(r)
	if len(home) == 0 || home[0] == r.orgState {
		return ""
	}
	return home[0]
}

// sharedPartyName reports a party name that the name of a party of
// another state than state holds as whole words: "Democratic Party" in
// "Democratic Party of Korea", "Labour Party" in "New Zealand Labour Party".
func (a *analysis) sharedPartyName(written, state string) bool {
	for _, g := range a.lx.orgs {
		if g.Kind != "party" || g.Country == state || g.Country == "" || g.Name == written {
			continue
		}
		if holdsWords(g.Name, written) {
			return true
		}
	}
	return false
}

// holdsWords reports w in name as whole words, as
// strings.Contains(" "+name+" ", " "+w+" ") does, without joining the two
// strings for each of the gazetteer's parties: an occurrence of w with a
// space or an end of name on either side.
func holdsWords(name, w string) bool {
	for start := 0; start <= len(name); {
		j := strings.Index(name[start:], w)
		if j < 0 {
			return false
		}
		i := start + j
		if (i == 0 || name[i-1] == ' ') && (i+len(w) == len(name) || name[i+len(w)] == ' ') {
			return true
		}
		start = i + 1
	}
	return false
}

// legislatorSharedPartyHome is sharedPartyHome for a legislator's role
// only: a party's own office ("Democratic Party chairman") stays the
// party's.
func (a *analysis) legislatorSharedPartyHome(r *role) string {
	if !legislatorHeads.has(strings.ToLower(r.head)) {
		return ""
	}
	return a.sharedPartyHome(r)
}
