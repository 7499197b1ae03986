package web

import (
	"net/http"
	"net/url"
	"slices"
	"strconv"
	"strings"
	"time"
	"unicode/utf8"

	"github.com/newsdesk/newsdesk/storage"
)

// Limits of list parameters.
const (
	defaultLimit = 50
	maxLimit     = 1000
	maxParamLen  = 500 // longer values are no search anyone types
)

// params are a request's query parameters, checked: each name must be one
// the route knows (a misspelt filter would otherwise be silently ignored)
// and given once. The first bad value is kept in err.
type params struct {
	v   url.Values
	err error
}

// parseParams reads r's query, allowing only the names given.
func parseParams(r *http.Request, allowed ...string) *params {
	return readParams(r, true, allowed)
}

// pageParams reads the query of a web page, where names it does not know
// are ignored: a shared link may carry a tracker's parameters.
func pageParams(r *http.Request) *params {
	return readParams(r, false, nil)
}

func readParams(r *http.Request, strict bool, allowed []string) *params {
	v, err := url.ParseQuery(r.URL.RawQuery)
	p := &params{v: v}
	if err != nil {
		p.err = badRequest("the query string does not parse: %v", err)
		return p
	}
	names := make([]string, 0, len(v))
	for name := range v {
		names = append(names, name)
	}
	slices.Sort(names)
	for _, name := range names {
		switch {
		case strict && !slices.Contains(allowed, name):
			p.err = badRequest("unknown parameter %q; this route takes %s", name, strings.Join(allowed, ", "))
		case len(v[name]) > 1:
			p.err = badRequest("parameter %q is given %d times", name, len(v[name]))
		case len(v[name][0]) > maxParamLen:
			p.err = badRequest("parameter %q is longer than %d bytes", name, maxParamLen)
		case !utf8.ValidString(v[name][0]):
			p.err = badRequest("parameter %q is not UTF-8 text", name)
		}
		if p.err != nil {
			break
		}
	}
	return p
}

// str is a parameter's value, space-trimmed; "" when absent.
func (p *params) str(name string) string { return strings.TrimSpace(p.v.Get(name)) }

func (p *params) fail(err error) {
	if p.err == nil {
		p.err = err
	}
}

// id reads a positive whole number; 0 when absent.
func (p *params) id(name string) int64 {
	s := p.str(name)
	if s == "" {
		return 0
	}
	n, err := strconv.ParseInt(s, 10, 64)
	if err != nil || n <= 0 {
		p.fail(badRequest("%s must be a positive whole number, not %q", name, s))
		return 0
	}
	return n
}

// limit reads the page size: defaultLimit when absent, 1 to maxLimit.
func (p *params) limit() int {
	s := p.str("limit")
	if s == "" {
		return defaultLimit
	}
	n, err := strconv.Atoi(s)
	if err != nil || n < 1 || n > maxLimit {
		p.fail(badRequest("limit must be a whole number from 1 to %d, not %q", maxLimit, s))
		return defaultLimit
	}
	return n
}

// country reads an ISO 3166-1 alpha-2 code, upper-cased.
func (p *params) country() string {
	s := p.str("country")
	if s == "" {
		return ""
	}
	if len(s) != 2 || strings.IndexFunc(s, func(r rune) bool { return !('a' <= r && r <= 'z' || 'A' <= r && r <= 'Z') }) >= 0 {
		p.fail(badRequest("country must be a two-letter ISO 3166-1 code such as NO, not %q", s))
		return ""
	}
	return strings.ToUpper(s)
}

// search reads full-text search syntax.
func (p *params) search(name string) storage.Search {
	s, err := storage.ParseSearch(p.v.Get(name))
	if err != nil {
		p.fail(badRequest("%s: %s", name, trimPrefix(err)))
	}
	return s
}

// dates reads since and until: YYYY-MM-DD (until takes in the whole day) or
// an RFC 3339 time (until takes in that second). It returns storage's
// half-open bounds.
func (p *params) dates() (since, until time.Time) {
	var day bool
	var err error
	if since, _, err = parseDate(p.str("since")); err != nil {
		p.fail(badRequest("since: %v", err))
	}
	if until, day, err = parseDate(p.str("until")); err != nil {
		p.fail(badRequest("until: %v", err))
	}
	switch {
	case day:
		until = until.AddDate(0, 0, 1)
	case !until.IsZero():
		until = until.Add(time.Second) // stored times have whole seconds
	}
	if !since.IsZero() && !until.IsZero() && !since.Before(until) {
		p.fail(badRequest("since must come before until"))
	}
	return since, until
}

// parseDate reads YYYY-MM-DD (day true) or an RFC 3339 time; "" is the
// zero time.
func parseDate(s string) (t time.Time, day bool, err error) {
	if s == "" {
		return time.Time{}, false, nil
	}
	if t, err := time.Parse("2006-01-02", s); err == nil {
		return t, true, nil
	}
	for _, layout := range []string{time.RFC3339, "2006-01-02T15:04:05", "2006-01-02T15:04"} {
		if t, err := time.Parse(layout, s); err == nil {
			return t.UTC(), false, nil
		}
	}
	return time.Time{}, false, badRequest("%q is not a date (YYYY-MM-DD or RFC 3339)", s)
}

// oneOf reads a value from a fixed list; def when absent.
func (p *params) oneOf(name, def string, values ...string) string {
	s := p.str(name)
	if s == "" {
		return def
	}
	if !slices.Contains(values, s) {
		p.fail(badRequest("%s must be one of %s, not %q", name, strings.Join(values, ", "), s))
		return def
	}
	return s
}

// pathID reads the {id} of a path.
func pathID(r *http.Request) (int64, error) {
	s := r.PathValue("id")
	n, err := strconv.ParseInt(s, 10, 64)
	if err != nil || n <= 0 {
		return 0, badRequest("id must be a positive whole number, not %q", s)
	}
	return n, nil
}
