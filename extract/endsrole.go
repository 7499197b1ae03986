package extract

// endsRoleAt reports whether the token after i lets a role noun tagged
// "endsrole" end a title there: no word follows, or a preposition that
// opens its body ("a senior fellow at the institute", "fellow of the
// society").
func (a *analysis) endsRoleAt(i int) bool {
	toks := a.d.toks
	if i+1 >= len(toks) || toks[i+1].kind != tWord {
		return true
	}
	switch toks[i+1].lower {
	case "at", "of", "on", "with", "in", "for", "and":
		return true
	}
	return false
}
