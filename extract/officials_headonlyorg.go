package extract

import "strings"

// headOnlyOrgs gives a role whose body is a single capitalised head word
// ("Agency spokesperson Lt. NAME") the full name that head closes earlier
// in the text ("The Alabama Law Enforcement Agency sent agents"): the
// word stands for that body, as "the agency" would, and the full name
// tells whose body it is (stateAgencyRoles reads it).
func (a *analysis) headOnlyOrgs() {
	for _, p := range a.people {
		r := p.role
		if r == nil || r.org == "" || r.country != "" || r.orgKind != "" || r.titleLo < 1 {
			continue
		}
		if full := a.earlierNameWithHead(r.org, r.titleLo); full != "" {
			r.org = full
		}
	}
}

// earlierNameWithHead returns the nearest capitalised run of two or more
// words before token at whose last word is head, a body's head word
// (body_words.tsv), or "". "the" and a sentence's start close the run.
func (a *analysis) earlierNameWithHead(head string, at int) string {
	toks := a.d.toks
	if a.lx.bodyWords[strings.ToLower(head)].kind == "" {
		return ""
	}
	for k := at - 1; k > 0; k-- {
		if !toks[k].cap || toks[k].text != head {
			continue
		}
		f := k
		for f > 0 && f > k-6 && !toks[f].sentStart && toks[f-1].kind == tWord && toks[f-1].cap &&
			toks[f-1].lower != "the" && toks[f-1].para == toks[f].para && a.personAt[f-1] < 0 {
			f--
		}
		if f < k {
			return stripInvisible(a.d.text[toks[f].start:toks[k].end])
		}
	}
	return ""
}
