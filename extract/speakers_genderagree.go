package extract

import "strings"

// otherAgreesBefore reports someone other than subject, named or
// described outside quotes before token at in its paragraph, whose gender
// is the pronoun's or unknown: "Maria Lopez sat beside John Smith. "…,"
// Smith said. "…," she said.", "A police spokeswoman stood beside John
// Smith. … "…," she said." The pronoun has a fitting referent, so nothing says
// the given-name list erred on the subject, and it keeps John a man. A
// woman named in an earlier paragraph ("… Mac Giolla said. ¶ Its
// secretary, Phil Kearney, said … "…," she said.") is an older topic, and
// the writer's pronoun still outweighs the list.
func (a *analysis) otherAgreesBefore(subject *person, gender byte, at int) bool {
	toks := a.d.toks
	from := at
	for from > 0 && toks[from-1].para == toks[at].para {
		from--
	}
	for k := from; k < at; k++ {
		if a.quoteAt[k] >= 0 {
			continue
		}
		if mi := a.personAt[k]; mi >= 0 {
			p := a.people[a.mentions[mi].person]
			if g := a.genderOf(p); p != subject && (g == gender || g == 0) && a.personLike(p) && !a.diedBefore(p, at) && !a.spelledAcronym(k) {
				return true
			}
			continue
		}
		if a.nounGender(k) == gender && !a.titlesPerson(k, subject) {
			return true
		}
	}
	return false
}

// nounGender is the gender a common noun at token k gives the person it
// names: a relative ("his sister"), a noun listed for a woman or a man,
// or a compound in -woman or -man ("spokeswoman", "chairman"); else 0.
func (a *analysis) nounGender(k int) byte {
	t := &a.d.toks[k]
	if t.kind != tWord || t.cap && !t.sentStart {
		return 0 // "Freeman", "Newman": a name
	}
	switch {
	case femaleNouns.hasToken(t):
		return 'F'
	case maleNouns.hasToken(t):
		return 'M'
	}
	if g := a.lx.kin[t.lower]; g == 'M' || g == 'F' {
		return g
	}
	if a.lx.roleOf(t.lower) == 0 {
		return 0
	}
	switch {
	case strings.HasSuffix(t.lower, "woman"), strings.HasSuffix(t.lower, "women"):
		return 'F'
	case strings.HasSuffix(t.lower, "man"), strings.HasSuffix(t.lower, "men"):
		return 'M'
	}
	return 0
}
