package page

import (
	"strings"
	"unicode"
	"unicode/utf8"
)

// This file holds the line-level filters: whatever box a line of text sits
// in, some lines are page furniture by their wording alone, such as a
// "Published ..." date line, a "By ..." byline, a newsletter sign-up or a
// wire-service credit. The filters only look at short lines, where such
// wording is the whole line rather than a passing mention in prose.

// maxFurnitureLine is the longest line (in runes) that wording alone can
// mark as furniture.
const maxFurnitureLine = 250

// furnitureReason returns why a line of text is furniture, or "".
func furnitureReason(text string) string {
	n := utf8.RuneCountInString(text)
	if n > maxFurnitureLine {
		return ""
	}
	lower := strings.ToLower(text)
	switch {
	case isDateLine(text):
		return "date line"
	case n <= 80 && bylineLine.MatchString(text):
		return "byline"
	case promoStart.MatchString(lower) || hasPromo(lower):
		return "promotion"
	case creditStart.MatchString(lower) || strings.Contains(lower, "contributed") && contributed.MatchString(lower):
		return "credit"
	}
	return ""
}

var (
	// bylineLine is a short "By Jane Doe" line.
	bylineLine = newLazyRegexp(`^(?i:by|por|par|von|di|door|av|oleh)\s+\p{Lu}`)

	// promoStart is the start of a line that points elsewhere ("Read
	// more", "Related:") or labels a widget ("Share", "Comments"), or is an
	// ad or copyright label. It is matched against lower-cased text.
	promoStart = newLazyRegexp(`^((read|see) (more|also)\b` +
		`|(related|recommended|more|trending|popular|latest|most read|watch|listen|also read|you may also like)\s*(:|stories|articles|posts|news|reading|videos?)` +
		`|(share|tweet|email|print|comments?|reply|loading( content)?)( (this|on|article|story))?\s*[:.!]*$` +
		`|(advertisement|advertising|sponsored|publicidade|publicidad|anzeige|werbung|iklan)$` +
		`|skip to (main )?content$|copyright\b|©)`)

	// creditStart and contributed match wire-service and photo credits.
	creditStart = newLazyRegexp(`^(\(?((additional )?reporting|writing|editing|compiled|translated|produced) by\b` +
		`|contributing:|(photo|image|video|source|credit|picture)s?\s*(credit)?\s*:|(image|photo) (copyright|credit|courtesy)\b)`)
	contributed = newLazyRegexp(`\bcontributed (reporting|to this (report|story|article))`)
)

// promoPatterns are the calls to action found anywhere in a short line:
// each pattern runs only on lines holding its keyword, which keeps the
// filter cheap.
var promoPatterns = []struct {
	keyword string
	re      *lazyRegexp
}{
	{"newsletter", newLazyRegexp(`\b(sign up|subscribe|register)\b`)},
	{"inbox", newLazyRegexp(`\b(sign up|subscribe|register)\b`)},
	{"alerts", newLazyRegexp(`\b(sign up|subscribe|register)\b`)},
	{"follow", newLazyRegexp(`\bfollow (us|him|her|them|@\w+)\b.*\b(twitter|facebook|instagram|youtube)\b`)},
	{"app", newLazyRegexp(`\b(download|get) (the|our) .*\bapp\b`)},
	{"cookies", newLazyRegexp(`\bwe use cookies\b|\bthis (web)?site uses cookies\b`)},
	{"rights reserved", newLazyRegexp(`\ball rights reserved\b`)},
	{"copyright", newLazyRegexp(`\bsubject to copyright\b`)},
	{"affiliate", newLazyRegexp(`\baffiliate commission\b`)},
}

// hasPromo reports whether the lower-cased line is a call to action.
func hasPromo(lower string) bool {
	for _, p := range promoPatterns {
		if strings.Contains(lower, p.keyword) && p.re.MatchString(lower) {
			return true
		}
	}
	return false
}

// dateNames are month and weekday names (English, and the main Romance
// and Germanic languages), the words a date stamp is built around.
var dateNames = wordSet(`
	jan january feb february mar march apr april may jun june jul july aug august
	sep sept september oct october nov november dec december
	mon monday tue tues tuesday wed wednesday thu thur thurs thursday fri friday sat saturday sun sunday
	janeiro fevereiro março abril maio junho julho agosto setembro outubro novembro dezembro
	enero febrero marzo mayo junio julio septiembre octubre noviembre diciembre
	janvier février mars avril mai juin juillet août septembre octobre novembre décembre
	januar februar märz juni juli oktober dezember
	segunda terça quarta quinta sexta sábado domingo feira`)

// dateFiller are the other words of a date stamp: clock words, zones and
// labels such as "Updated".
var dateFiller = wordSet(`
	am pm a m p gmt utc est edt cst cdt mst mdt pst pdt et ct pt bst cet cest ist jst aest amt
	published updated posted first last modified original date on at by and of
	publicado atualizado em de às el la le du der um`)

func wordSet(words string) map[string]bool {
	m := map[string]bool{}
	for _, w := range strings.Fields(words) {
		m[w] = true
	}
	return m
}

var (
	numericDate = newLazyRegexp(`\b\d{1,4}[/.\-]\d{1,2}[/.\-]\d{2,4}\b`)
	yearNumber  = newLazyRegexp(`^(19|20)\d\d$`)
	clockTime   = newLazyRegexp(`\b\d{1,2}:\d\d\b`)
)

// isDateLine reports whether text is a date stamp ("Updated 10:01 pm PST,
// Tuesday, November 19, 2019") with at most a couple of other words (a
// source name). A date needs a month name with a year or a time, or an
// all-numeric date; a line of bare numbers (a results table) is no date.
func isDateLine(text string) bool {
	if utf8.RuneCountInString(text) > 100 {
		return false
	}
	toks := dateTokens(text)
	named, year, other := false, false, 0
	for _, t := range toks {
		lt := strings.ToLower(t)
		switch {
		case isDigits(t):
			if yearNumber.MatchString(t) {
				year = true
			}
		case dateNames[lt]:
			named = true
		case dateFiller[lt]:
		default:
			other++
		}
	}
	if other > 2 {
		return false
	}
	return named && (year || clockTime.MatchString(text)) || numericDate.MatchString(text)
}

// dateTokens cuts text into runs of letters and runs of digits, so that
// "2019Updated" gives "2019" and "Updated".
func dateTokens(s string) []string {
	var out []string
	start, kind := -1, 0
	for i, r := range s {
		k := 0
		switch {
		case unicode.IsDigit(r):
			k = 1
		case unicode.IsLetter(r):
			k = 2
		}
		if k != kind {
			if kind != 0 {
				out = append(out, s[start:i])
			}
			start, kind = i, k
		}
	}
	if kind != 0 {
		out = append(out, s[start:])
	}
	return out
}
