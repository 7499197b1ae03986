package storage

import (
	"strings"
	"unicode"

	"golang.org/x/text/unicode/norm"
)

// Fold is the search key of a name: lower case, accents dropped,
// punctuation turned to spaces, spaces collapsed ("Recep Tayyip Erdoğan" and
// "recep tayyip erdogan" meet; "al-Hayya" is "al hayya").
func Fold(s string) string {
	var b strings.Builder
	space := true
	for _, r := range norm.NFD.String(s) {
		switch {
		case unicode.Is(unicode.Mn, r):
			continue
		case unicode.IsLetter(r) || unicode.IsDigit(r):
			b.WriteRune(unicode.ToLower(r))
			space = false
		case r == '\'' || r == '\u2019':
			// "O'Brien" is "obrien"
		default:
			if !space {
				b.WriteByte(' ')
				space = true
			}
		}
	}
	return strings.TrimSpace(b.String())
}
