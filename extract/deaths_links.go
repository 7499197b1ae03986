package extract

import "strings"

// Headlines of other stories that a page lists under the article ("Also
// read:", "Related stories:") tell of deaths that are not the article's.

// ruleDeathLinks names the filter, for the tests.
const ruleDeathLinks = "link-list"

// isLinkList reports a paragraph that is one of the headlines listed after
// a label line ("Also read:", "Related stories:", "RELATED:"). A run of
// headlines without a label may be the article's own summary ("Quick
// facts"), so it stays.
func (a *analysis) isLinkList(p int) bool {
	if a.inTeaserBlock(p) {
		return true
	}
	if !a.headlineLike(p) {
		return false
	}
	for q, n := a.prevPara(p), 0; q >= 0 && n < 8; q, n = a.prevPara(q), n+1 {
		if a.labelLine(q) {
			return true
		}
		if !a.headlineLike(q) {
			return false
		}
	}
	return false
}

// teaserWords after "More" make a line the label of teasers of other
// stories: "More stories you may like on 7News", "More headlines". Not
// "from": "More from Central Coast News" may label a widget inside the
// article, whose own paragraphs go on after it.
var teaserWords = wordList("teaser-word")

// teaserParaMax is the most tokens a teaser of another story has: a
// headline run into the first sentence of its story.
const teaserParaMax = 70

// inTeaserBlock reports a paragraph p after a label of teasers ("More
// stories you may like") when every paragraph from the label to the
// text's end is teaser-sized: the page's links to other stories, each a
// headline and a sentence ("4 dead as bus crashes in NC A charter bus
// wreck killed four people ...").
func (a *analysis) inTeaserBlock(p int) bool {
	for q, n := a.prevPara(p), 0; q >= 0 && n < 12; q, n = a.prevPara(q), n+1 {
		if a.teaserLabel(q) {
			for r := a.nextPara(q); r >= 0; r = a.nextPara(r) {
				if para := a.d.paras[r]; para.lim-para.first > teaserParaMax {
					return false
				}
			}
			return true
		}
	}
	return false
}

// teaserLabel reports a short line of "More" and a teaser word at p, with
// no full stop at its end.
func (a *analysis) teaserLabel(p int) bool {
	para := a.d.paras[p]
	toks := a.d.toks
	n := para.lim - para.first
	if n < 2 || n > 8 || toks[para.first].lower != "more" || !teaserWords.hasToken(&toks[para.first+1]) {
		return false
	}
	return toks[para.lim-1].text != "."
}

// ruleDeathStray names the filter of a headline set alone in the text, for the tests.
const ruleDeathStray = "stray-headline"

// strayHeadline reports a headline set alone between two paragraphs of
// prose that the paragraph after it does not take up: a link to another
// story that the page puts inside the article ("Man kills girlfriend
// before turning gun on himself" between two paragraphs on a shop
// shooting). A section's own heading ("Two dead after King Street
// argument") shares a word of four letters or more, not a function word,
// with the paragraph it heads.
func (a *analysis) strayHeadline(p int) bool {
	if !a.headlineLike(p) {
		return false
	}
	prev, next := a.prevPara(p), a.nextPara(p)
	if prev < 0 || next < 0 || !a.prosePara(prev) || !a.prosePara(next) {
		return false
	}
	toks := a.d.toks
	taken := map[string]bool{}
	for k := a.d.paras[next].first; k < a.d.paras[next].lim; k++ {
		if headWord(toks[k]) {
			taken[toks[k].lower] = true
		}
	}
	for k := a.d.paras[p].first; k < a.d.paras[p].lim; k++ {
		if headWord(toks[k]) && taken[toks[k].lower] {
			return false
		}
	}
	return true
}

// headWord reports a word a heading and its section may share: four
// letters or more and no function word.
func headWord(t token) bool {
	return t.kind == tWord && len(t.lower) >= 4 && !phraseStops.hasToken(&t)
}

// prosePara reports a paragraph of prose: eight tokens or more, ended by a
// stop, a question or exclamation mark or a closing quote.
func (a *analysis) prosePara(p int) bool {
	para := a.d.paras[p]
	if para.lim-para.first < 8 {
		return false
	}
	last := a.d.toks[para.lim-1]
	return last.kind == tQuote || last.text == "." || last.text == "?" || last.text == "!"
}

// nextPara returns the paragraph with words after p, or -1.
func (a *analysis) nextPara(p int) int {
	for q := p + 1; q < len(a.d.paras); q++ {
		if a.d.paras[q].lim > a.d.paras[q].first {
			return q
		}
	}
	return -1
}

// prevPara returns the paragraph with words before p, or -1.
func (a *analysis) prevPara(p int) int {
	for q := p - 1; q >= 0; q-- {
		if a.d.paras[q].lim > a.d.paras[q].first {
			return q
		}
	}
	return -1
}

// headlineLike reports a paragraph that reads as a headline: it opens with
// a capital or a figure, holds no more than 16 words and ends without the
// stop, quote or colon that ends a sentence of the article.
func (a *analysis) headlineLike(p int) bool {
	para := a.d.paras[p]
	n := para.lim - para.first
	if n == 0 || n > 20 {
		return false
	}
	toks := a.d.toks
	first, last := toks[para.first], toks[para.lim-1]
	if !first.cap && first.kind != tNum {
		return false
	}
	if last.kind == tQuote && !a.quotedTitleEnd(para) || last.kind == tPunct && last.text != ")" || strings.HasSuffix(last.text, ".") {
		return false // a sentence's stop, or an abbreviation's: "pronounced dead at 9:26 p.m."
	}
	return first.sent == last.sent
}

// labelLine reports a short paragraph that labels a list of links: "Also
// read:", "Related coverage", "More stories:", "Read more:".
func (a *analysis) labelLine(p int) bool {
	para := a.d.paras[p]
	n := para.lim - para.first
	if n == 0 || n > 4 {
		return false
	}
	toks := a.d.toks
	if !linkLabels.hasToken(&toks[para.first]) {
		return false
	}
	last := toks[para.lim-1]
	return last.text == ":" || n <= 3 && last.kind == tWord
}

// ruleDeathRetracted names the filter of reports taken back, for the tests.
const ruleDeathRetracted = "report-retracted"

// retractedReport reports a death figure at token i that its own sentence
// takes back: "Early reports said one person had died, but that proved to
// be incorrect", "One victim was reported to have died, but police say he
// is alive". A report word must stand before the "but" that denies it; a
// belief proved wrong is taken back as a report is ("Neighbours first
// thought two people had died, but both survived").
func (a *analysis) retractedReport(i int) bool {
	toks := a.d.toks
	s := a.d.sents[toks[i].sent]
	if a.reportUnderCheck(i) || a.reportedPartAlive(i) {
		return true // "five of those reported dead had been found in hospitals"
	}
	report := false
	for k := s.first; k < s.lim; k++ {
		w := toks[k].lower
		if (reportWords.has(w) || w == "report") && k < i && a.reportCalledWrong(i, s.lim) {
			return true // "An earlier report of a third death was wrong"
		}
		if reportWords.has(w) || supposedWords.has(w) {
			report = true
			continue
		}
		if k > i && report && (w == "but" || w == "however") {
			return a.denialAfter(k+1, s.lim)
		}
	}
	return false
}

// denialWords deny a report of a death: "incorrect", "alive", "survived".
var denialWords = wordList("denial")

// denialAfter reports words that deny a report between k and lim.
func (a *analysis) denialAfter(k, lim int) bool {
	toks := a.d.toks
	for j := k; j < lim && j < k+12; j++ {
		if denialWords.hasToken(&toks[j]) {
			return !a.survivorOther(k, j)
		}
		switch toks[j].lower {
		case "not":
			if j+1 < lim {
				switch toks[j+1].lower {
				case "true", "confirmed", "accurate", "correct", "dead", "killed", "a":
					return toks[j+1].lower != "a" || j+2 < lim && (toks[j+2].lower == "homicide" || toks[j+2].lower == "fatality")
				}
			}
		}
	}
	return false
}

// reportWords mark a death told as a report, which a later clause may take back.
var reportWords = wordList("report")

// reportUnderCheck reports a death figure at i that is the object of
// reports still being checked: "his staff were still checking reports of a
// second death in Arequipa" tells no death yet. The report noun stands
// right after the verb of checking and "of" right after it, at most four
// words before the figure.
func (a *analysis) reportUnderCheck(i int) bool {
	toks := a.d.toks
	for k := i - 1; k >= 2 && k >= i-5 && toks[k].sent == toks[i].sent; k-- {
		if toks[k].lower == "of" && reportWords.hasToken(&toks[k-1]) && reportChecks.hasToken(&toks[k-2]) {
			return true
		}
		if toks[k].kind != tWord {
			return false
		}
	}
	return false
}

// reportChecks are verbs of checking whose "reports of" a death are
// unconfirmed: "checking reports of a third death".
var reportChecks = wordList("report-check")
