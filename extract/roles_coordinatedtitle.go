package extract

// coordinatedTitleBefore reports a title at lo that "and" joins to a
// definite title before it: "The AU special representative for Somalia
// and head of AUSSOM, NAME," names the holder of both, as "The head of
// AUSSOM, NAME," does (fx54, r35d). The first title must hold a role noun
// and open with a determiner within a few words, with no comma between.
func (a *analysis) coordinatedTitleBefore(lo int) bool {
	toks := a.d.toks
	if lo < 3 || lo >= len(toks) || toks[lo-1].lower != "and" {
		return false
	}
	head := false
	for j := lo - 2; j > 0 && j >= lo-10; j-- {
		t := &toks[j]
		if t.kind != tWord && t.lower != "'s" {
			return false
		}
		switch t.lower {
		case "the", "its", "his", "her", "their", "'s":
			return head
		}
		if k := a.roleKind(j); k == rHead || k == rWeak {
			head = true
		}
		if t.sentStart {
			return false
		}
	}
	return false
}
