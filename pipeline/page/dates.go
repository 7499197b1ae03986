package page

import (
	"strconv"
	"strings"
	"time"
)

// dateLayouts are the shapes dates take in meta tags, JSON-LD and
// <time datetime>, tried in order. Layouts without a zone give UTC.
var dateLayouts = []string{
	time.RFC3339Nano,
	"2006-01-02T15:04:05Z0700",
	"2006-01-02T15:04:05.999999999Z0700",
	"2006-01-02T15:04Z07:00",
	"2006-01-02T15:04:05",
	"2006-01-02T15:04:05.999999999",
	"2006-01-02T15:04",
	"2006-01-02 15:04:05Z07:00",
	"2006-01-02 15:04:05 Z07:00",
	"2006-01-02 15:04:05 -0700",
	"2006-01-02 15:04:05 -0700 MST",
	"2006-01-02 15:04:05 MST",
	"2006-01-02 15:04:05",
	"2006-01-02 15:04",
	"2006-01-02",
	"2006/01/02 15:04:05",
	"2006/01/02 15:04",
	"2006/01/02",
	"20060102T150405Z0700",
	"20060102",
	time.RFC1123Z,
	time.RFC1123,
	time.RFC850,
	time.ANSIC,
	"Mon, 2 Jan 2006 15:04:05 -0700",
	"Mon, 2 Jan 2006 15:04:05 MST",
	"Mon, 02 Jan 2006 15:04 -0700",
	"Mon Jan 2 2006 15:04:05 GMT-0700",
	"January 2, 2006 3:04 PM MST",
	"January 2, 2006 3:04 pm MST",
	"January 2, 2006 3:04 PM",
	"January 2, 2006 3:04 pm",
	"January 2, 2006, 3:04 PM",
	"January 2, 2006 15:04",
	"January 2, 2006",
	"Jan 2, 2006 3:04 PM",
	"Jan 2, 2006 3:04 pm",
	"Jan. 2, 2006",
	"Jan 2, 2006",
	"Monday, January 2, 2006",
	"Mon, January 2, 2006",
	"2 January 2006 15:04",
	"2 January 2006",
	"2 Jan 2006 15:04",
	"2 Jan 2006",
	"02.01.2006 15:04",
	"02.01.2006",
}

// leadingWords strips labels such as "Published:" or "Updated" that often
// stand before a date in the page text.
var leadingWords = newLazyRegexp(`(?i)^(published|posted|updated|last updated|date|on)\s*:?\s*`)

// parseDate reads a date in any of dateLayouts, or a Unix time in seconds
// or milliseconds. It returns the zero time when nothing fits.
func parseDate(s string) time.Time {
	s = cleanText(s)
	s = leadingWords.ReplaceAllString(s, "")
	if s == "" || len(s) > 64 {
		return time.Time{}
	}
	for _, layout := range dateLayouts {
		if t, err := time.Parse(layout, s); err == nil {
			return sane(t)
		}
	}
	// "2019-11-19T07:03:25+0000" with a colon-less zone after fractions and
	// similar near misses: retry with the zone separated as RFC 3339 wants.
	if m := zoneNoColon.FindStringSubmatch(s); m != nil {
		if t, err := time.Parse(time.RFC3339Nano, m[1]+m[2]+":"+m[3]); err == nil {
			return sane(t)
		}
	}
	if isDigits(s) && (len(s) == 10 || len(s) == 13) {
		n, err := strconv.ParseInt(s, 10, 64)
		if err == nil {
			if len(s) == 13 {
				return sane(time.UnixMilli(n).UTC())
			}
			return sane(time.Unix(n, 0).UTC())
		}
	}
	return time.Time{}
}

var zoneNoColon = newLazyRegexp(`^(\d{4}-\d\d-\d\dT\d\d:\d\d(?::\d\d(?:\.\d+)?)?)([+-]\d\d)(\d\d)$`)

// sane drops dates no news page can carry (year 1 placeholders, far
// future typos), so that they count as unknown.
func sane(t time.Time) time.Time {
	if t.Year() < 1990 || t.Year() > 2100 {
		return time.Time{}
	}
	return t
}

func isDigits(s string) bool {
	return s != "" && strings.Trim(s, "0123456789") == ""
}
