package extract

// forcesCountedAsSources reports a number n whose personnel noun, ending
// at lim, is "forces" right after "from" and another personnel noun, or
// "other forces" after "from": "1,200 officers from 23 other forces"
// counts the police forces that lent the officers, not personnel; the
// officers before it are the figure.
func (a *analysis) forcesCountedAsSources(n number, lim int) bool {
	toks := a.d.toks
	k := n.hedge - 2
	if k < 0 || toks[k+1].lower != "from" {
		return false
	}
	if toks[n.lim].lower == "other" && lim == n.lim+2 {
		return toks[lim-1].lower == "forces" && !toks[lim-1].cap // "guests from 14 other forces"
	}
	if k >= 3 && mutualAidAt(toks, k-2) == k+1 {
		k -= 3 // "officers under mutual aid from 23 other forces"
	}
	if k < 0 || lim < 1 || toks[lim-1].lower != "forces" || toks[lim-1].cap {
		return false
	}
	if toks[k].sent != toks[n.first].sent || toks[k].kind != tWord || toks[k].cap {
		return false
	}
	_, e := a.lx.personnel.match(toks, k, true)
	return e == k+1
}

// mutualAidAt returns the end of "under mutual aid" at k, else k: the
// scheme named between officers and the forces that lent them ("1,200
// officers under mutual aid from 23 other forces").
func mutualAidAt(toks []token, k int) int {
	if k+2 < len(toks) && toks[k].lower == "under" && toks[k+1].lower == "mutual" && toks[k+2].lower == "aid" && toks[k+2].sent == toks[k].sent {
		return k + 3
	}
	return k
}

// mutualAidIn reports "mutual aid" in the sentence of token k: police
// lend officers to each other under that name alone, so the lending
// forces are police though the sentence names none ("Merseyside received
// 1,200 officers from 23 other forces under mutual aid").
func (a *analysis) mutualAidIn(k int) bool {
	toks := a.d.toks
	s := a.d.sents[toks[k].sent]
	for i := s.first; i+1 < s.lim; i++ {
		if toks[i].lower == "mutual" && toks[i+1].lower == "aid" {
			return true
		}
	}
	return false
}
