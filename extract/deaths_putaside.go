package extract

// A figure put "at" a number after an aside set off by commas that dates
// or places the count: "put the number of people murdered since 2006,
// when the army was first sent against the cartels, at more than
// 450,000". The aside says nothing of the count, so the "at" reads as if
// it followed the words before the aside.

// putAsideOpeners open an aside of time or place between a count and its
// "at".
var putAsideOpeners = closedSet("when", "where", "which", "after", "before")

// putAsideMax bounds the aside, so that a list is not read as one.
const putAsideMax = 16

// asideOpenBefore returns the index of the comma opening an aside that
// ends with the comma just before the "at" at k, or k when there is none.
func (a *analysis) asideOpenBefore(k int) int {
	toks := a.d.toks
	if k < 2 || toks[k-1].text != "," {
		return k
	}
	for j := k - 2; j >= 1 && j >= k-putAsideMax; j-- {
		if toks[j].sent != toks[k].sent {
			return k
		}
		if toks[j].text == "," {
			if putAsideOpeners.hasToken(&toks[j+1]) {
				return j
			}
			return k
		}
	}
	return k
}
