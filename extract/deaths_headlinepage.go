package extract

// Pages that are a playlist of clips, and headlines that end in a quoted
// title.

// ruleDeathPlaylist names the filter of a playlist's headlines, for the tests.
const ruleDeathPlaylist = "clip-playlist"

// playlistMin is the fewest paragraphs of a playlist page: the page's
// title, two clips' headlines and the running time.
const playlistMin = 4

// inPlaylist reports a paragraph p after the first of a text whose every
// paragraph reads as a headline and whose last is a bare running time
// ("2:06"): a page that lists video clips of other stories under its
// title, with no article of its own. The title stays, as the page's own
// headline; a title over highlights ("Four people were shot at July 26
// party"), with no running time at the end, is the article's summary.
func (a *analysis) inPlaylist(p int) bool {
	first, last, n := -1, -1, 0
	for q := range a.d.paras {
		if a.d.paras[q].lim == a.d.paras[q].first {
			continue
		}
		if !a.headlineLike(q) {
			return false
		}
		if first < 0 {
			first = q
		}
		last, n = q, n+1
	}
	return n >= playlistMin && p != first && a.runningTime(last)
}

// runningTime reports a paragraph that is only a clip's running time:
// minutes, a colon and two figures of seconds ("2:06").
func (a *analysis) runningTime(p int) bool {
	para := a.d.paras[p]
	if para.lim-para.first != 3 {
		return false
	}
	toks := a.d.toks[para.first:para.lim]
	return toks[0].kind == tNum && toks[1].text == ":" && !toks[1].spaceBefore &&
		toks[2].kind == tNum && len(toks[2].text) == 2 && !toks[2].spaceBefore
}

// quotedTitleEnd reports a paragraph whose closing quote ends a quoted
// title, not a sentence: the word before it has no stop ("7 Dead in
// 'Largest Outbreak of Legionnaires' in NYC'"), where a sentence of prose
// closes its quote after its stop ("... in NYC.'").
func (a *analysis) quotedTitleEnd(para paragraph) bool {
	return para.lim-para.first >= 2 && a.d.toks[para.lim-2].kind == tWord
}
