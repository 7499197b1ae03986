package fetch

import (
	"errors"
	"math"
	"net/http"
	"strconv"
	"strings"
	"time"
)

// maxAge returns how long the response stays fresh: Cache-Control max-age
// minus the Age a cache in between has already used up. It is 0 when there
// is no max-age or when no-cache or no-store forbid reusing the response.
// s-maxage is ignored: it is meant for shared caches, and newsdesk is not one.
func maxAge(h http.Header) time.Duration {
	var age time.Duration
	found := false
	for _, v := range h.Values("Cache-Control") {
		for _, directive := range strings.Split(v, ",") {
			name, value, _ := strings.Cut(strings.TrimSpace(directive), "=")
			switch strings.ToLower(name) {
			case "no-cache", "no-store":
				return 0
			case "max-age":
				secs, ok := parseSeconds(strings.Trim(value, `"`))
				if !ok {
					return 0
				}
				age, found = secs, true
			}
		}
	}
	if !found {
		return 0
	}
	if used, ok := parseSeconds(h.Get("Age")); ok {
		age -= used
	}
	return max(age, 0)
}

// retryAfter parses Retry-After as delay-seconds or as an HTTP-date. A date
// is measured against the response's own Date header when there is one, so
// that a skewed clock on either side does not distort the delay.
func retryAfter(h http.Header, now time.Time) time.Duration {
	v := strings.TrimSpace(h.Get("Retry-After"))
	if v == "" {
		return 0
	}
	if d, ok := parseSeconds(v); ok {
		return d
	}
	at, err := http.ParseTime(v)
	if err != nil {
		return 0
	}
	if date, err := http.ParseTime(h.Get("Date")); err == nil {
		now = date
	}
	return max(at.Sub(now), 0)
}

// parseSeconds parses a non-negative whole number of seconds, saturating
// instead of overflowing on absurd values.
func parseSeconds(s string) (time.Duration, bool) {
	n, err := strconv.ParseUint(strings.TrimSpace(s), 10, 64)
	if err != nil {
		if errors.Is(err, strconv.ErrRange) {
			return math.MaxInt64, true
		}
		return 0, false
	}
	if n > math.MaxInt64/uint64(time.Second) {
		return math.MaxInt64, true
	}
	return time.Duration(n) * time.Second, true
}
