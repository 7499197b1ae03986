package extract

import "strings"

// An office written before a comma, its owner with it, and a bare
// capitalised title or rank after the comma right before the name ("The
// agency's director, Ambassador NAME,", "In Mali, the defence ministry's
// spokesman, Colonel NAME,"): the office before the comma is the role, its
// owner deciding the state or body; the word after the comma only
// describes the person.

// bareTitleAfterComma reports a role read before the name that is one
// capitalised word with no state, body or owner of its own, written right
// after a comma: the title before the comma is still read.
func (a *analysis) bareTitleAfterComma(r role) bool {
	toks := a.d.toks
	if r.rule != ruleTitleBefore || r.titleHi-r.titleLo != 1 || r.titleLo < 2 || r.titleLo >= len(toks) || toks[r.titleLo-1].text != "," {
		return false
	}
	return toks[r.titleLo].cap && r.country == "" && r.org == "" && !r.explicit && !r.nonState && r.owner < 0 && r.principal == 0
}

// officeBeforeBareTitle returns the role that p's chosen role best gives
// way to: when best is a bare title after a comma (bareTitleAfterComma),
// the office found at the same mention that ends at that comma and whose
// owner is a body's noun written as a possessive ("the ministry's", "the
// mission's"), no force's ("the army's"); else best.
func (a *analysis) officeBeforeBareTitle(p *person, best int) int {
	b := p.roles[best]
	if !a.bareTitleAfterComma(b) {
		return best
	}
	for i, o := range p.roles {
		if i == best || o.at != b.at || o.rule != ruleTitleComma || o.title == "" || formerTitle(o.title) || o.titleHi > b.titleLo-1 {
			continue
		}
		if kind := a.bodyKindAt(o.owner); o.owner < 0 || kind == "" || kind == "military" {
			continue // "The army's spokesman, Colonel NAME": the officer's force settles it
		}
		if o.heldRank == "" && a.spelledRank(b) {
			p.roles[i].heldRank = strings.ToLower(b.title)
		}
		return i
	}
	return best
}

// bareTitleStart returns the first token of a bare title after a comma
// (bareTitleAfterComma) that p's roles read right before the name at
// first, or -1.
func (a *analysis) bareTitleStart(p *person, first int) int {
	for _, r := range p.roles {
		if r.at == first && r.titleHi == first && a.bareTitleAfterComma(r) {
			return r.titleLo
		}
	}
	return -1
}
