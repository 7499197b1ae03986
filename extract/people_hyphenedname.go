package extract

import (
	"strings"
	"unicode"
	"unicode/utf8"
)

// hyphenedName reports one word of three or more capitalised parts joined
// by hyphens, a whole name as South Asian and Arabic names are written
// ("Waker-Uz-Zaman"): after "General" it names a person, where one plain
// word ("General Electric") names a firm.
func hyphenedName(w string) bool {
	parts := strings.Split(w, "-")
	if len(parts) < 3 {
		return false
	}
	for _, p := range parts {
		r, _ := utf8.DecodeRuneInString(p)
		if p == "" || !unicode.IsUpper(r) {
			return false
		}
	}
	return true
}
