package fetch

import (
	"errors"
	"fmt"
	"net/http"
	"time"
)

// Sentinel errors for the cases callers handle. Get wraps them with the
// URL that failed, so test with errors.Is.
var (
	// ErrTooLarge means the body, after decompression, exceeded
	// Config.MaxBodyBytes. The body is never silently truncated.
	ErrTooLarge = errors.New("response body too large")

	// ErrNotHTML means a page request got something that is not an HTML
	// document (a PDF, an image, JSON, ...), judged by Content-Type and by
	// sniffing the first bytes.
	ErrNotHTML = errors.New("not an HTML page")

	// ErrNotFeed means a feed request got binary content (an image, a PDF,
	// an archive, ...) that no feed parser could read.
	ErrNotFeed = errors.New("not a feed")

	// ErrRobotsDisallowed means robots.txt forbids the page for newsdesk.
	ErrRobotsDisallowed = errors.New("disallowed by robots.txt")

	// ErrTooManyRedirects means the redirect chain was longer than
	// Config.MaxRedirects.
	ErrTooManyRedirects = errors.New("too many redirects")

	// ErrRedirectLoop means a redirect pointed back to a URL already
	// visited in the same chain.
	ErrRedirectLoop = errors.New("redirect loop")

	// ErrPrivateAddress means a URL found in a document (Request.LinkedFrom)
	// would have connected to a loopback, private, link-local or reserved
	// address, directly, through DNS or through a redirect.
	ErrPrivateAddress = errors.New("refusing to connect to non-public address")

	// ErrInvalidURL means the URL (or a redirect's Location) is not an
	// absolute http or https URL.
	ErrInvalidURL = errors.New("invalid URL")
)

// StatusError is returned for any final response status other than 2xx
// and 304, including a 3xx without a usable Location header.
type StatusError struct {
	Code int    // HTTP status code
	URL  string // the URL that answered with Code (after redirects)

	// RetryAfter is the server's Retry-After (sent with 429 and 503, as
	// seconds or an HTTP-date), or 0 when absent or unparseable.
	RetryAfter time.Duration
}

// Error returns e.g. "fetch: GET https://x/feed: 500 Internal Server Error".
func (e *StatusError) Error() string {
	text := http.StatusText(e.Code)
	if text == "" {
		text = "unknown status"
	}
	msg := fmt.Sprintf("fetch: GET %s: %d %s", e.URL, e.Code, text)
	if e.RetryAfter > 0 {
		msg += fmt.Sprintf(" (retry after %s)", e.RetryAfter)
	}
	return msg
}

// getError gives err the package prefix and the URL being fetched, unless
// it already carries them (a StatusError).
func getError(u string, err error) error {
	var se *StatusError
	if errors.As(err, &se) {
		return err
	}
	return fmt.Errorf("fetch: GET %s: %w", u, err)
}
