package extract

import "strings"

// placeNounAfterName returns the token after one or two plain lower-case
// nouns at k that a place's name right before them modifies, after "for
// the" in a complement: "envoy for the Kosovo dialogue", "special
// representative for the Belgrade-Pristina dialogue", "coordinator for
// the Darfur peace process" (a place, or two names joined by a hyphen).
// The place names no seat there but what the role deals with, and the
// noun phrase ends the complement. Else k.
func (a *analysis) placeNounAfterName(k int) int {
	toks := a.d.toks
	if k <= 0 || k >= len(toks) || !toks[k-1].cap || !a.plainNoun(k) {
		return k
	}
	j := k - 2
	switch {
	case a.placeAt[k-1] >= 0 && a.places[a.placeAt[k-1]].kind != sAdjective:
		j = a.places[a.placeAt[k-1]].first - 1 // not "the Syrian delegation", whose adjective owns the body
	case !pairedNames(toks[k-1].text):
		return k
	}
	// "for" a matter the role deals with; "of the Wales rugby team" and "of
	// the Kenya office" name a body, which other rules read
	if j < 1 || toks[j].lower != "the" || toks[j-1].lower != "for" {
		return k
	}
	if k+1 < len(toks) && a.plainNoun(k+1) {
		return k + 2 // "the Darfur peace process"
	}
	return k + 1
}

// pairedNames reports two capitalised names joined by a hyphen in one
// word: "Belgrade-Pristina", "Israel-Hamas", the sides of a dialogue or a
// war.
func pairedNames(w string) bool {
	i := strings.IndexByte(w, '-')
	if i <= 0 || i+1 >= len(w) || strings.IndexByte(w[i+1:], '-') >= 0 {
		return false
	}
	return isUpperASCII(w[0]) && isUpperASCII(w[i+1])
}

func isUpperASCII(b byte) bool { return b >= 'A' && b <= 'Z' }
