package extract

// A body's noun inside another official's title is that official's:
// "Spanish government spokeswoman NAME said ... ¶ Internal Administration
// Minister NAME said" in a story about Portugal is no Spanish minister,
// though "government" was the last of the group named (fx50, r33a).

// inOtherTitle reports token k inside the title of a role other than r
// (any role found for any person, chosen or not).
func (a *analysis) inOtherTitle(k int, r *role) bool {
	for _, p := range a.people {
		for i := range p.roles {
			q := &p.roles[i]
			if q != r && q.titleLo <= k && k < q.titleHi && !(q.titleLo == r.titleLo && q.titleHi == r.titleHi) {
				return true
			}
		}
	}
	return false
}
