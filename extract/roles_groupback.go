package extract

// groupBackNouns are the lower-case nouns by which a story refers back to
// an armed group it named: "a senior figure in the group". "the party" and
// "the organization" are left out: they as often mean a body no gazetteer
// holds, named nearer than the gazetteer's last one.
var groupBackNouns = closedSet("group", "faction", "militia", "movement")

// groupBackAfter reads "in the group", "of the faction", "within the
// movement" at k after a role noun and, where the story named an armed
// group of the gazetteer before, gives the role that body
// ("Kataib Hezbollah denied it. ... NAME, a senior figure in the group,")
// and returns the token after the noun; else k. The nearest body named
// before wins, as the reader reads it.
func (a *analysis) groupBackAfter(k int, w *titleWalk) int {
	toks := a.d.toks
	if w.org != "" || k+2 >= len(toks) || toks[k+1].lower != "the" {
		return k
	}
	if p := toks[k].lower; p != "in" && p != "of" && p != "within" {
		return k
	}
	n := k + 2
	if toks[n].cap || !groupBackNouns.hasToken(&toks[n]) {
		return k
	}
	if n+1 < len(toks) && (toks[n+1].lower == "'s" || toks[n+1].kind == tWord && !toks[n+1].cap && !npFunctionWords.hasToken(&toks[n+1])) {
		return k // "in the group's armed wing", "of the party leadership"
	}
	for i := len(a.orgs) - 1; i >= 0; i-- {
		m := a.orgs[i]
		if m.lim > k {
			continue
		}
		o := a.lx.orgs[m.org]
		if o.Kind != "armed" {
			return k // the nearest body named is of another kind: "the UN ... in the group" is none
		}
		w.org, w.orgKind, w.nonState = o.Name, o.Kind, true
		return n + 1
	}
	return k
}
