package extract

// pastBackground reports a death figure that statistics of a past year
// give, past the lead: "a 2014 study found that 100 children were killed
// in accidental shootings". A bare year in the figure's clause dates it; a
// full date ("Aug. 21, 2015") is how local reports date their own news and
// does not, nor does a street number ("the 2100 block"). Every other dated
// death stays a figure the article states (GUIDELINES: Deaths): a recalled
// attack or disaster ("in May 2023, militants killed 54 soldiers"), one
// person's death ("In 2009, a woman was killed on the same corner"; the
// blind held-out gold counts it, r16f), running tolls ("so far in 2015")
// and counts over a year ("45 homicides in 2014").
func (a *analysis) pastBackground(i int, d Deaths) bool {
	t := a.d.toks[i]
	if int(t.sent) <= a.leadSentence() || d.Cumulative || d.Rule == ruleDeathAdj {
		return false // "31 homicides in 2016" is a tally of its year, not an event
	}
	s := a.d.sents[t.sent]
	dated, study := false, false
	for k := a.figureClauseStart(i); k < s.lim; k++ {
		if int(a.d.toks[k].start) >= d.End && (a.d.toks[k].lower == "who" || a.d.toks[k].lower == "whom" || a.clauseJoint(k)) {
			break // "five fighters who had signed the 2016 peace deal": the clause dates them, not their deaths
		}
		// "the Bureau of Labor Statistics", "Statistics Canada": an
		// agency's name is the figure's source, no study that dates it
		study = study || statisticsWords.hasToken(&a.d.toks[k]) && !a.inAgencyName(k)
		if tallyWords.hasToken(&a.d.toks[k]) {
			return false // "killed already in 2016", "the first 41 days of 2017"
		}
		if a.perfectDeath(k) {
			return false // "the war, which broke out in 2023, has killed 150,000": a toll up to now
		}
		dated = dated || a.bareYear(k)
	}
	return dated && study
}

// inAgencyName reports a capitalised word at k inside a name, not the
// sentence's first word: "Bureau of Labor Statistics", "Statistics Canada".
func (a *analysis) inAgencyName(k int) bool {
	t := a.d.toks[k]
	return t.cap && k > a.d.sents[t.sent].first
}

// clauseJoint reports a joint between two clauses at k: a semicolon or a
// comma before "and", "but" or "while". "In 2023, nine workers died ...,
// and a report found that 112 ... had been killed" dates the nine only.
func (a *analysis) clauseJoint(k int) bool {
	toks := a.d.toks
	if toks[k].text == ";" {
		return true
	}
	if toks[k].text != "," || k+1 >= len(toks) {
		return false
	}
	w := toks[k+1].lower
	return w == "and" || w == "but" || w == "while" || w == "whereas"
}

// statisticsWords give a dated figure as statistics of a past year, which
// stays background however large: "crime stats for 2015", "a 2014 study".
var statisticsWords = wordList("statistics")

// perfectDeath reports a death verb in the present perfect at k: "has
// killed", "have died", "have been killed". It tells a toll that runs up
// to the present, whatever year its event began.
func (a *analysis) perfectDeath(k int) bool {
	toks := a.d.toks
	if w := toks[k].lower; w != "has" && w != "have" {
		return false
	}
	j := k + 1
	if j < len(toks) && toks[j].lower == "been" {
		j++
	}
	if j >= len(toks) || toks[j].sent != toks[k].sent {
		return false
	}
	kinds, _ := a.deathKindsAt(j)
	return hasKind(kinds, dActive) || hasKind(kinds, dPassive) || hasKind(kinds, dIntrans)
}

// tallyWords make a year the period of a running count: "two teens have
// been killed already in 2016", "through the first months of 2017".
var tallyWords = wordList("tally")

// leadSentence returns the last sentence of the lead, which tells the news
// itself even when it dates it: the first sentence of prose (at least
// leadWords tokens, ended by a stop), with the headlines and captions above
// it, and never less than the first two sentences.
func (a *analysis) leadSentence() int {
	toks := a.d.toks
	for si, s := range a.d.sents {
		if s.lim-s.first >= leadWords && toks[s.lim-1].text == "." {
			return max(si, 1)
		}
	}
	return 1
}

// leadWords is the least number of tokens of a sentence of prose.
const leadWords = 8

// bareYear reports a year that stands without a day of the month at k:
// "in 2010", "July 2014", not "Aug. 21, 2015" nor "2100 block".
func (a *analysis) bareYear(k int) bool {
	toks := a.d.toks
	u := toks[k]
	if u.kind != tNum || len(u.text) != 4 || u.text < "1900" || u.text > "2099" {
		return false
	}
	if k+1 < len(toks) && backgroundNotYear.hasToken(&toks[k+1]) {
		return false // "the 2100 block of Joffre Avenue"
	}
	if k >= 2 && toks[k-1].text == "," && toks[k-2].kind == tNum && len(toks[k-2].text) <= 2 {
		return false // "Aug. 21, 2015"
	}
	if k >= 1 && (toks[k-1].text == "/" || backgroundNotYear.hasToken(&toks[k-1])) {
		return false // "01/21/2013", "© 2017"
	}
	return true
}

// backgroundNotYear stand next to a four-digit number that is an address
// or a copyright, not the date of an event: "2100 block", "© 2017".
var backgroundNotYear = wordList("not-year")
