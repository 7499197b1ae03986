package extract

// groupMembers are plural nouns for a group's members (words_people.tsv
// group-member): "members", "fighters".
var groupMembers = wordList("group-member")

// includedMemberBody returns the body that is no state's whose members a
// list introduced by "including" before a role's title counts: "a strike
// killed five members of Kataib Hezbollah, including a senior commander,
// NAME" holds the group's office, not that of the state the story is
// about. The body is a gazetteer's with no state of its own, named right
// before the list ("members of X,") or before its members' noun ("X
// fighters, including"); "" otherwise.
func (a *analysis) includedMemberBody(r *role) string {
	toks := a.d.toks
	k := r.titleLo - 1
	if k >= 0 && k < len(toks) && (toks[k].lower == "a" || toks[k].lower == "an" || toks[k].lower == "its" || toks[k].lower == "their") {
		k--
	}
	if k < 3 || k >= len(toks) || toks[k].lower != "including" {
		return ""
	}
	k-- // the comma or the noun before "including"
	if toks[k].text == "," {
		k--
	}
	if groupMembers.hasToken(&toks[k]) {
		k-- // "Kataib Hezbollah fighters, including"
	}
	oi := a.orgAt[k]
	if oi < 0 {
		return ""
	}
	o := a.orgs[oi]
	g := a.lx.orgs[o.org]
	if g.Country != "" || g.Kind == "agency" || o.lim != k+1 {
		return ""
	}
	named := o.first >= 2 && toks[o.first-1].lower == "of" && groupMembers.hasToken(&toks[o.first-2])
	if !named && !groupMembers.hasToken(&toks[o.lim]) {
		return ""
	}
	return g.Name
}
