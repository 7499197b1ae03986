package extract

import "strings"

// "Lt. Gov. NAME, who presides over the Senate,": a rank's abbreviation
// that opens a civil office's ("Lt." before "Gov.") makes no military rank
// of the title; the office written before the name stays the title rather
// than yielding, as a rank alone does (rankYields), to the role a verb or
// an apposition gives.

// civilOfficeAbbrevs are abbreviated civil offices (words_people.tsv
// civil-office-abbrev).
var civilOfficeAbbrevs = wordList("civil-office-abbrev")

// civilOfficeAbbreviation reports a title that holds an abbreviated civil
// office among its words: "Lt. Gov.", "Sen.".
func (a *analysis) civilOfficeAbbreviation(r role) bool {
	for _, f := range a.lowerFields(r.title) {
		for w := range strings.SplitSeq(f, ".") {
			if civilOfficeAbbrevs.has(w) || civilOfficeAbbrevs.has(w+".") {
				return true
			}
		}
	}
	return false
}
