package extract

// buriedBesideMissing reports "buried" at i whose clause a later one sets
// apart from the missing: "mudflows buried at least 190 people, while 235
// remain missing" counts the buried as dead, the missing being the ones
// not yet found. A disaster that buries people otherwise buries the
// living too (burialByHazard), and one whose sentence tells of any alive,
// rescued or surviving is none: "buried 30 people; 25 were pulled out
// alive, and five are missing".
func (a *analysis) buriedBesideMissing(i int) bool {
	toks := a.d.toks
	s := a.d.sents[toks[i].sent]
	missing := false
	for k := i + 2; k < s.lim; k++ {
		switch toks[k].lower {
		case "alive", "rescued", "survived", "survivors", "freed", "unharmed":
			return false
		case "missing", "unaccounted":
			missing = missing || a.clauseOpensBefore(i+1, k)
		}
	}
	return missing
}

// clauseOpensBefore reports a clause break between from and k: a comma,
// a semicolon, "while", "whereas" or "but".
func (a *analysis) clauseOpensBefore(from, k int) bool {
	toks := a.d.toks
	for j := from; j < k; j++ {
		switch toks[j].lower {
		case ",", ";", "while", "whereas", "but":
			return true
		}
	}
	return false
}
