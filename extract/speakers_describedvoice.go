package extract

import "strings"

// describedVoiceBefore is the unnamed speaker of the quote just before
// the one a pronoun of gender g attributes at token at (its opening mark
// at open), when the noun that describes that speaker has the pronoun's
// gender: ""…," said a police spokeswoman. "…," she added." No person
// could be the pronoun (the caller tried), so the described speaker goes
// on. A body ("the ministry"), or a noun of no gender, is none.
func (a *analysis) describedVoiceBefore(g byte, at, open int) (speaker, bool) {
	toks := a.d.toks
	if g == 0 {
		return speaker{}, false
	}
	k := min(at, open) - 1
	for k >= 0 && a.quoteAt[k] < 0 {
		k--
	}
	if k < 0 || toks[at].para-toks[k].para > 1 {
		return speaker{}, false
	}
	before := a.quoteAt[k]
	for i := len(a.spoken) - 1; i >= 0; i-- {
		v := a.spoken[i]
		if v.tok >= open {
			continue
		}
		if a.quoteAt[v.tok] != before || v.sp.person != nil || !v.sp.body {
			return speaker{}, false
		}
		head := v.sp.name[strings.LastIndexByte(v.sp.name, ' ')+1:]
		if nounWordGender(head) != g {
			return speaker{}, false
		}
		return v.sp, true
	}
	return speaker{}, false
}

// nounWordGender is the gender of a noun for a person written alone:
// "woman", "spokeswoman", "chairman"; 0 for "official" or "ministry".
func nounWordGender(w string) byte {
	switch {
	case femaleNouns.has(w), strings.HasSuffix(w, "woman"), strings.HasSuffix(w, "women"):
		return 'F'
	case maleNouns.has(w), strings.HasSuffix(w, "man"), strings.HasSuffix(w, "men"):
		return 'M'
	}
	return 0
}
