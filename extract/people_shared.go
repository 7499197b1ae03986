package extract

import "strconv"

// People who share a surname ("Kwame Mensah", the minister, and "Abena
// Mensah", a teacher): a surname written alone is the one of them that
// what the text says there fits, an honorific's or a pronoun's gender or
// a stated age, before the one named last.

// generationWords tell two relatives of a surname apart: "the younger
// Rabuka", "the elder Condori".
var generationWords = closedSet("younger", "elder", "older")

// surnameFit returns, among the people cands sharing the surname at token
// i, the one person that the honorific before it ("Ms Mensah"), an age
// before it ("the 61-year-old Mensah", "the younger Mensah") or the first subject pronoun after
// it in its sentence ("Mensah said he ...") fits; -1 when none says or
// not exactly one may fit (one whose gender or age is unknown may).
func (a *analysis) surnameFit(cands []int, i int) int {
	toks := a.d.toks
	var g byte
	age := 0
	switch {
	case i > 1 && toks[i-2].lower == "the" && generationWords.hasToken(&toks[i-1]):
		return a.byAge(cands, toks[i-1].lower != "younger")
	case i > 0 && honorificGender(toks[i-1].lower) != 0:
		g = honorificGender(toks[i-1].lower)
	case i > 0 && isAgeWord(toks[i-1]):
		age = ageNumber(toks[i-1].lower)
	default:
		g = a.subjectPronounAfter(i)
	}
	if g == 0 && age == 0 {
		return -1
	}
	fit := -1
	for _, c := range cands {
		p := a.people[c]
		// a gender or an age the text does not give may be anyone's
		if g != 0 && p.gender != 0 && p.gender != g || age != 0 && a.introducedAge(p) != 0 && a.introducedAge(p) != age {
			continue
		}
		if fit >= 0 {
			return -1
		}
		fit = c
	}
	return fit
}

// byAge returns the oldest of cands (the youngest when !oldest), when the
// text gives each an age and no two the same; -1 otherwise: "the younger
// Mensah" of a minister of 61 and a teacher of 34.
func (a *analysis) byAge(cands []int, oldest bool) int {
	best, bestAge := -1, 0
	for _, c := range cands {
		n := a.introducedAge(a.people[c])
		switch {
		case n == 0 || n == bestAge:
			return -1
		case best < 0 || oldest == (n > bestAge):
			best, bestAge = c, n
		}
	}
	return best
}

// subjectPronounAfter is the gender of the first "he" or "she" after the
// name at token i in its sentence, before another name ("Mensah said,
// adding that he would stay"); 0 when there is none.
func (a *analysis) subjectPronounAfter(i int) byte {
	toks := a.d.toks
	if i+1 < len(toks) && ownerMark(toks, i+1) {
		return 0 // "after examining Clinton's leg, she insisted": someone else
	}
	for j := i + 1; j < len(toks) && j < i+12 && toks[j].sent == toks[i].sent; j++ {
		switch w := toks[j].lower; {
		case w == "he":
			return 'M'
		case w == "she":
			return 'F'
		case toks[j].cap && toks[j].kind == tWord || w == "\"" || toks[j].text == "“":
			return 0 // another name, or a quote, may be the pronoun's
		}
	}
	return 0
}

// introducedAge is the age the text gives p at a full mention: "NAME,
// 61,", "NAME, a 34-year-old teacher,", "the 61-year-old NAME"; 0 when none.
func (a *analysis) introducedAge(p *person) int {
	toks := a.d.toks
	for _, mi := range p.mentionIdx {
		m := a.mentions[mi]
		l := m.lim
		if l+2 < len(toks) && toks[l].text == "," && toks[l+1].kind == tNum && toks[l+2].text == "," {
			if n, err := strconv.Atoi(toks[l+1].text); err == nil && n > 0 && n < 120 {
				return n
			}
		}
		if l+2 < len(toks) && toks[l].text == "," && (toks[l+1].lower == "a" || toks[l+1].lower == "an") && isAgeWord(toks[l+2]) {
			return ageNumber(toks[l+2].lower)
		}
		if m.prefix > 0 && isAgeWord(toks[m.prefix-1]) {
			return ageNumber(toks[m.prefix-1].lower)
		}
	}
	return 0
}
