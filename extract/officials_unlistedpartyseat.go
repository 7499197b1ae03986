package extract

import "strings"

// A legislator's seat stays the state's, party or not (fo23's policy): a
// lawmaker whose party the gazetteer does not know but the text names as
// a party ("opposition lawmaker NAME, defence spokeswoman of the Isamaa
// party") sits in the legislature of the state the story places the role
// in, as partyLegislatorStates gives a listed party's member its state.

// unlistedPartySeats gives each legislator whose role has such a party as
// its body, and no state, the state of its context.
func (a *analysis) unlistedPartySeats(used map[int]string, style, dateline string) {
	for _, p := range a.people {
		r := p.role
		if r == nil || r.country != "" || r.org == "" || r.orgKind != "" || !legislatorHeads.has(r.head) {
			continue
		}
		if a.gazetteerOrg(r.org) || !a.namedAsParty(r.org) {
			continue
		}
		probe := *r
		probe.org, probe.nonState = "", false
		r.country = a.roleState(p, &probe, used, style, dateline)
	}
}

// gazetteerOrg reports a body of the gazetteer the article names as org.
func (a *analysis) gazetteerOrg(org string) bool {
	for _, m := range a.orgs {
		if a.lx.orgs[m.org].Name == org {
			return true
		}
	}
	return false
}

// namedAsParty reports a name the text writes with "party" after it:
// "the Isamaa party".
func (a *analysis) namedAsParty(org string) bool {
	toks := a.d.toks
	for k := 0; k+1 < len(toks); k++ {
		if toks[k+1].lower == "party" && toks[k].cap && a.d.text[toks[k].start:toks[k].end] == lastWord(org) {
			return true
		}
	}
	return false
}

// lastWord is the last space-separated word of s.
func lastWord(s string) string {
	return s[strings.LastIndexByte(s, ' ')+1:]
}
