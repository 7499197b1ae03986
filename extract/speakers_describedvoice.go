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

// describedSubjectReach is how many sentences back, in the pronoun's
// paragraph, a described subject may stand.
const describedSubjectReach = 3

// genderedSubjectBefore is an unnamed person whose noun has the gender g
// of the pronoun at token at, described by a phrase that opens one of the
// few sentences before it in its paragraph: "A police spokeswoman met the
// families on Monday. … "…," she said." No person could be the pronoun
// (the caller tried), and the noun says the gender outright, where
// indefiniteSpeakerBefore needs a speech verb. A phrase with a name or a
// capital in it ("A Hamas spokesman") is the body's, and none.
func (a *analysis) genderedSubjectBefore(g byte, at int) (speaker, bool) {
	toks := a.d.toks
	si := int(toks[at].sent)
	for s := si - 1; s >= 0 && s >= si-describedSubjectReach; s-- {
		k := a.d.sents[s].first
		if toks[k].para != toks[at].para || a.quoteAt[k] >= 0 {
			break
		}
		if toks[k].lower != "a" && toks[k].lower != "an" && toks[k].lower != "the" {
			continue
		}
		if h := a.genderedHead(k+1, g); h > k {
			e := a.bodyComplementEnd(h + 1)
			return speaker{name: trimModifiers(a.d.text[toks[k+1].start:toks[e-1].end]), body: true}, true
		}
	}
	return speaker{}, false
}

// genderedHead is the head noun of gender g of a description whose words
// start at token f, before any capital: "police spokeswoman", "young
// woman"; -1 when another word heads it ("a man's wife") or a name or a
// capital comes first ("a Hamas spokesman").
func (a *analysis) genderedHead(f int, g byte) int {
	toks := a.d.toks
	for h := f; h < len(toks) && h < f+4; h++ {
		if toks[h].kind != tWord || toks[h].cap || a.personAt[h] >= 0 {
			return -1
		}
		if a.nounGender(h) == g {
			if h+1 < len(toks) && toks[h+1].lower == "'s" {
				return -1
			}
			return h
		}
	}
	return -1
}

// bodyComplementEnd returns the end of a body named after a description's
// head noun by "for" or "of" ("spokeswoman for the Information
// Commissioner's Office"), which the speaker's name keeps; else h.
func (a *analysis) bodyComplementEnd(h int) int {
	toks := a.d.toks
	if h+1 >= len(toks) || toks[h].lower != "for" && toks[h].lower != "of" {
		return h
	}
	e := h + 1
	if toks[e].lower == "the" {
		e++
	}
	start := e
	for e < len(toks) && toks[e].sent == toks[h].sent && (toks[e].cap && toks[e].kind == tWord || toks[e].lower == "'s" && e > start) {
		e++
	}
	if e == start {
		return h
	}
	return e
}
