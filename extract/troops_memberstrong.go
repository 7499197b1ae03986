package extract

// A force's size may name its members between the number and "strong":
// "Serbia's gendarmerie, some 400 members strong,", "the militia, 300 men
// strong". The member noun says nothing of arms by itself; the force's
// noun before the comma does, as for "400 strong" (forceStrong).

// strongMembers are the nouns of a body's members that may stand between
// a size and "strong".
var strongMembers = wordList("strong-member")

// sizedBodies are armed or police bodies, no unit's noun, whose size "N
// strong" in apposition counts: "the gendarmerie, 400 strong".
var sizedBodies = wordList("sized-body")

// memberStrongEnd returns the end of "members strong" right after the
// number n, or -1.
func (a *analysis) memberStrongEnd(n number) int {
	toks := a.d.toks
	k := n.lim
	if k+1 >= len(toks) || !strongMembers.hasToken(&toks[k]) || toks[k+1].lower != "strong" {
		return -1
	}
	return k + 2
}

// sizedBodyApposed reports a sized body at j set off by the comma right
// before the number n: "the gendarmerie, some 400 members strong".
func (a *analysis) sizedBodyApposed(j int, n number) bool {
	toks := a.d.toks
	return j+2 == n.hedge && toks[j+1].text == "," && sizedBodies.hasToken(&toks[j])
}
