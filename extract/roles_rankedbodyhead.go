package extract

import (
	"strings"
	"unicode"
)

// "Lieutenant General NAME, chairman of the Committee of Emergency
// Situations and Civil Defence,": a rank written out before the name
// yields, as an abbreviated one does (rankYields), to the office the
// apposition of the same mention gives at a body it names (as its
// organisation or in its complement): the head of a
// body is the more specific role. Without such a body ("Major General
// NAME, a veteran of Afghanistan,") the rank stays the title.

// writtenRankYields returns the role at p's mention of best, an apposition
// that names the body the person heads, when best is a written-out rank
// before the name; else best.
func (a *analysis) writtenRankYields(p *person, best int) int {
	b := p.roles[best]
	if b.rule != ruleTitleBefore || !a.writtenRank(b) {
		return best
	}
	for i, o := range p.roles {
		if i == best || o.at != b.at || o.rule != ruleApposition || o.org == "" && !titleNamesBody(o.title) || o.title == "" ||
			a.rankOnly(o) || a.writtenRank(o) || formerTitle(o.title) {
			continue
		}
		if a.otherMentionDisagrees(p, o) {
			return best
		}
		if o.heldRank == "" {
			p.roles[i].heldRank = strings.ToLower(b.title)
		}
		return i
	}
	return best
}

// titleNamesBody reports a title whose complement names a body in
// capitals: "chairman of the State Committee for Border Defence".
func titleNamesBody(title string) bool {
	for _, prep := range []string{" of ", " for "} {
		_, rest, ok := strings.Cut(title, prep)
		rest = strings.TrimPrefix(rest, "the ")
		if ok && rest != "" && unicode.IsUpper([]rune(rest)[0]) {
			return true
		}
	}
	return false
}
