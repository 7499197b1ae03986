// Package fetch is the one HTTP client newsdesk uses for feeds and pages.
//
// It is polite (a User-Agent naming newsdesk, per-host concurrency and rate
// limits, robots.txt for pages), bounded (timeouts on every phase, a cap on
// the decompressed body, a cap on redirects) and it hands back bodies as
// UTF-8 whatever the publisher's encoding. Failures carry named errors and
// a *StatusError, so that a scheduler can tell "try later" from "give up".
package fetch

import (
	"cmp"
	"context"
	"errors"
	"fmt"
	"io"
	"net"
	"net/http"
	"net/url"
	"strings"
	"syscall"
	"time"
)

// Config configures a Client. Zero values mean the documented defaults.
type Config struct {
	// UserAgent is sent with every request. Default:
	// "newsdesk/0.1 (+https://github.com/newsdesk/newsdesk)". robots.txt
	// rules are matched against the product token "newsdesk" whatever this is.
	UserAgent string

	// Timeout bounds one HTTP exchange from sending the request to the end
	// of the body, redirects each getting their own. Time spent queueing
	// for the per-host limits is not counted; bound that with the ctx
	// passed to Get. Default 30s.
	Timeout time.Duration

	// ConnectTimeout bounds the TCP connect and, separately, the TLS
	// handshake. Default 10s.
	ConnectTimeout time.Duration

	// HeaderTimeout bounds the wait for response headers once the request
	// is sent. Default 15s.
	HeaderTimeout time.Duration

	// MaxBodyBytes caps the bytes read from a body, after decompression;
	// a longer body fails with ErrTooLarge. The UTF-8 Body handed back may
	// be larger than this when a legacy encoding was converted. Default 10 MiB.
	MaxBodyBytes int64

	// MaxRedirects is how many redirects a request may follow; a negative
	// value follows none. Default 10.
	MaxRedirects int

	// PerHostConcurrency is how many requests to one host (host:port) may be
	// in flight at once. Default 2.
	PerHostConcurrency int

	// PerHostRate is how many requests per second may start to one host,
	// with a burst of 1 or 2; a negative value means no rate limit.
	// Default 2.
	PerHostRate float64

	// RespectRobots makes page requests (Request.Page) obey robots.txt.
	// Feeds are published to be fetched by machines and are not checked.
	RespectRobots bool

	// AllowPrivateNetwork lets URLs found in documents (Request.LinkedFrom)
	// reach loopback, private and link-local addresses. Off by default:
	// see guard.go.
	AllowPrivateNetwork bool

	// Transport replaces the Client's own transport, for tests. With it,
	// ConnectTimeout and HeaderTimeout, and the refusal of private
	// addresses to linked URLs, are the transport's business.
	Transport http.RoundTripper
}

const defaultUserAgent = "newsdesk/0.1 (+https://github.com/newsdesk/newsdesk)"

func (cfg Config) withDefaults() Config {
	if cfg.UserAgent == "" {
		cfg.UserAgent = defaultUserAgent
	}
	if cfg.Timeout <= 0 {
		cfg.Timeout = 30 * time.Second
	}
	if cfg.ConnectTimeout <= 0 {
		cfg.ConnectTimeout = 10 * time.Second
	}
	if cfg.HeaderTimeout <= 0 {
		cfg.HeaderTimeout = 15 * time.Second
	}
	if cfg.MaxBodyBytes <= 0 {
		cfg.MaxBodyBytes = 10 << 20
	}
	if cfg.MaxRedirects == 0 {
		cfg.MaxRedirects = 10
	}
	if cfg.PerHostConcurrency <= 0 {
		cfg.PerHostConcurrency = 2
	}
	if cfg.PerHostRate == 0 {
		cfg.PerHostRate = 2
	}
	return cfg
}

// Client fetches feeds and pages. It is safe for concurrent use; its
// per-host limits and robots.txt cache are shared by all its requests, so
// a program should use one Client for all its fetching.
type Client struct {
	cfg    Config
	http   *http.Client
	linked *http.Client // for guarded requests: dials public addresses only
	hosts  *hostLimits
	robots robotsCache
}

// New returns a Client configured by cfg.
func New(cfg Config) *Client {
	cfg = cfg.withDefaults()
	transport, linked := cfg.Transport, cfg.Transport
	if transport == nil {
		// two pools, so that a connection opened for the operator's own
		// (maybe private) feed is never reused by a guarded request
		transport, linked = newTransport(cfg, nil), newTransport(cfg, refusePrivate)
	}
	return &Client{
		cfg:    cfg,
		http:   newHTTPClient(transport),
		linked: newHTTPClient(linked),
		hosts:  newHostLimits(cfg.PerHostConcurrency, cfg.PerHostRate),
	}
}

func newHTTPClient(t http.RoundTripper) *http.Client {
	return &http.Client{
		Transport: t,
		// Redirects are followed hop by hop in get, so that every hop
		// goes through the per-host limits, robots.txt and the guard.
		CheckRedirect: func(*http.Request, []*http.Request) error { return http.ErrUseLastResponse },
	}
}

// newTransport makes a transport whose dialler runs control, if not nil,
// on every address it connects to.
func newTransport(cfg Config, control func(string, string, syscall.RawConn) error) *http.Transport {
	dialer := &net.Dialer{Timeout: cfg.ConnectTimeout, KeepAlive: 30 * time.Second, Control: control}
	return &http.Transport{
		Proxy:                 http.ProxyFromEnvironment,
		DialContext:           dialer.DialContext,
		ForceAttemptHTTP2:     true, // a custom DialContext turns HTTP/2 off unless asked
		TLSHandshakeTimeout:   cfg.ConnectTimeout,
		ResponseHeaderTimeout: cfg.HeaderTimeout,
		ExpectContinueTimeout: time.Second,
		IdleConnTimeout:       90 * time.Second,
		MaxIdleConns:          100,
		MaxIdleConnsPerHost:   cfg.PerHostConcurrency,
		// We send Accept-Encoding and decompress ourselves (see readBody).
		DisableCompression: true,
	}
}

// Request is one GET.
type Request struct {
	URL string // absolute http or https URL

	// ETag and LastModified are the validators from an earlier Response,
	// sent as If-None-Match and If-Modified-Since when set.
	ETag         string
	LastModified string

	// Page marks a web page: robots.txt applies (if Config.RespectRobots)
	// and anything but HTML fails with ErrNotHTML. Otherwise the request
	// is for a feed.
	Page bool

	// Text, with Page, accepts a plain-text page (text/plain, or no
	// Content-Type and text content) as well as HTML: an article an
	// operator names may be published as plain text. Response.ContentType
	// tells the two apart.
	Text bool

	// LinkedFrom is the URL of the remote document that linked URL (a
	// feed, for an item's page), or "" when the operator named URL. A
	// linked URL may reach a private, loopback or link-local address only
	// on LinkedFrom's own host, unless Config.AllowPrivateNetwork; other
	// hops fail with ErrPrivateAddress.
	LinkedFrom string
}

// Response is a successful (2xx) or not-modified (304) response.
type Response struct {
	URL         string // final URL, after redirects
	StatusCode  int
	NotModified bool // 304: Body is empty and the earlier copy is current

	Body        []byte // the body, converted to UTF-8
	ContentType string // media type without parameters, e.g. "application/rss+xml"; sniffed if not sent
	Charset     string // WHATWG name of the encoding Body was converted from, e.g. "windows-1252"

	// ETag and LastModified are the validators to send next time. A 304
	// that does not repeat them keeps those of the Request.
	ETag         string
	LastModified string

	// MaxAge is how long the response stays fresh, from Cache-Control
	// max-age less Age; 0 if absent or with no-cache/no-store.
	MaxAge time.Duration
}

// kind is what a request is for; it decides the Accept header, whether
// robots.txt applies, and how the body is checked and decoded.
type kind int

const (
	kindFeed kind = iota
	kindPage
	kindRobots
	kindText // a page that may also be plain text
)

func (k kind) accept() string {
	switch k {
	case kindPage:
		return "text/html, application/xhtml+xml;q=0.9, */*;q=0.1"
	case kindText:
		return "text/html, application/xhtml+xml;q=0.9, text/plain;q=0.8, */*;q=0.1"
	case kindRobots:
		return "text/plain, */*;q=0.1"
	}
	return "application/rss+xml, application/atom+xml, application/feed+json, " +
		"application/rdf+xml;q=0.9, application/xml;q=0.9, text/xml;q=0.9, " +
		"application/json;q=0.8, */*;q=0.1"
}

// Get fetches req.URL, following redirects. It returns a Response for 2xx
// and 304; for other statuses a *StatusError; otherwise an error prefixed
// "fetch: GET <url>: " that wraps one of the Err* values, a context error,
// or a network error.
func (c *Client) Get(ctx context.Context, req Request) (*Response, error) {
	k := kindFeed
	switch {
	case req.Page && req.Text:
		k = kindText
	case req.Page:
		k = kindPage
	}
	return c.get(ctx, req, k)
}

func (c *Client) get(ctx context.Context, req Request, k kind) (*Response, error) {
	u, err := url.Parse(req.URL)
	switch {
	case err != nil:
		return nil, getError(req.URL, fmt.Errorf("%w: %v", ErrInvalidURL, err))
	case !isHTTP(u):
		return nil, getError(req.URL, fmt.Errorf("%w: want an absolute http or https URL", ErrInvalidURL))
	}
	u.Fragment = ""
	seen := map[string]bool{u.String(): true}
	for redirects := 0; ; redirects++ {
		resp, next, err := c.exchange(ctx, u, req, k)
		switch {
		case err != nil:
		case next == nil:
			return resp, nil
		case !isHTTP(next):
			err = fmt.Errorf("%w: redirect to %s", ErrInvalidURL, next)
		case seen[next.String()]:
			err = fmt.Errorf("%w: redirect back to %s", ErrRedirectLoop, next)
		case redirects >= c.cfg.MaxRedirects:
			err = fmt.Errorf("%w: more than %d", ErrTooManyRedirects, max(c.cfg.MaxRedirects, 0))
		}
		if err != nil {
			return nil, getError(u.String(), err)
		}
		seen[next.String()] = true
		u = next
	}
}

func isHTTP(u *url.URL) bool {
	return (u.Scheme == "http" || u.Scheme == "https") && u.Host != ""
}

// exchange does one request and response. It returns the Response, or for
// a redirect the URL to go to next, or an error.
func (c *Client) exchange(ctx context.Context, u *url.URL, req Request, k kind) (*Response, *url.URL, error) {
	if (k == kindPage || k == kindText) && c.cfg.RespectRobots {
		if err := c.checkRobots(ctx, u, req.LinkedFrom); err != nil {
			return nil, nil, err
		}
	}
	release, err := c.hosts.acquire(ctx, strings.ToLower(u.Host))
	if err != nil {
		return nil, nil, err
	}
	defer release()

	timeout := c.cfg.Timeout
	if k == kindRobots {
		timeout = min(timeout, robotsTimeout)
	}
	ctx, cancel := context.WithTimeout(ctx, timeout)
	defer cancel()

	hreq, err := newRequest(ctx, u, req, k, c.cfg.UserAgent)
	if err != nil {
		return nil, nil, err
	}
	hresp, err := c.send(ctx, req, u, hreq)
	if err != nil {
		return nil, nil, err
	}
	defer hresp.Body.Close()

	if resp, next, err := answered(hresp, u, req); resp != nil || next != nil || err != nil {
		return resp, next, err
	}
	resp, err := c.readResponse(hresp, k)
	if err != nil {
		return nil, nil, err
	}
	resp.URL = u.String()
	return resp, nil, nil
}

// newRequest builds the GET for u with the conditional headers of req.
func newRequest(ctx context.Context, u *url.URL, req Request, k kind, userAgent string) (*http.Request, error) {
	hreq, err := http.NewRequestWithContext(ctx, http.MethodGet, u.String(), nil)
	if err != nil {
		return nil, err
	}
	hreq.Header.Set("User-Agent", userAgent)
	hreq.Header.Set("Accept", k.accept())
	hreq.Header.Set("Accept-Encoding", "gzip, deflate")
	if req.ETag != "" {
		hreq.Header.Set("If-None-Match", req.ETag)
	}
	if req.LastModified != "" {
		hreq.Header.Set("If-Modified-Since", req.LastModified)
	}
	return hreq, nil
}

// send does hreq through the client its origin calls for: the guarded one,
// which refuses private addresses, for links found in other documents.
func (c *Client) send(ctx context.Context, req Request, u *url.URL, hreq *http.Request) (*http.Response, error) {
	client := c.http
	if c.guarded(req, u.Host) {
		client = c.linked
		if t, ok := client.Transport.(*http.Transport); ok {
			if err := checkProxied(ctx, t, hreq); err != nil {
				return nil, err
			}
		}
	}
	hresp, err := client.Do(hreq)
	if err != nil {
		// *url.Error repeats the method and URL that getError adds.
		var ue *url.Error
		if errors.As(err, &ue) {
			err = ue.Err
		}
		return nil, err
	}
	return hresp, nil
}

// answered handles the responses that carry no body to read: 304, a
// redirect, an error status. It returns all nil for a 2xx, whose body is
// read next.
func answered(hresp *http.Response, u *url.URL, req Request) (*Response, *url.URL, error) {
	code := hresp.StatusCode
	switch {
	case code == http.StatusNotModified:
		return &Response{
			URL:          u.String(),
			StatusCode:   code,
			NotModified:  true,
			ETag:         cmp.Or(hresp.Header.Get("ETag"), req.ETag),
			LastModified: cmp.Or(hresp.Header.Get("Last-Modified"), req.LastModified),
			MaxAge:       maxAge(hresp.Header),
		}, nil, nil
	case isRedirect(code) && hresp.Header.Get("Location") != "":
		discard(hresp.Body)
		next, err := u.Parse(hresp.Header.Get("Location"))
		if err != nil {
			return nil, nil, fmt.Errorf("%w: bad redirect Location: %v", ErrInvalidURL, err)
		}
		next.Fragment = ""
		return nil, next, nil
	case code < 200 || code > 299:
		discard(hresp.Body)
		return nil, nil, &StatusError{Code: code, URL: u.String(), RetryAfter: retryAfter(hresp.Header, time.Now())}
	}

	return nil, nil, nil
}

// readResponse reads, checks and decodes the body of a 2xx response.
func (c *Client) readResponse(hresp *http.Response, k kind) (*Response, error) {
	contentType := hresp.Header.Get("Content-Type")
	mediaType, _ := parseContentType(contentType)
	if err := checkContent(k, mediaType, ""); err != nil {
		return nil, err
	}
	limit := c.cfg.MaxBodyBytes
	if k == kindRobots {
		limit = min(limit, robotsMaxBytes)
	}
	body, err := readBody(hresp, limit)
	if err != nil {
		return nil, err
	}
	sniffed, _ := parseContentType(Sniff(body))
	if err := checkContent(k, mediaType, sniffed); err != nil {
		return nil, err
	}
	if mediaType == "" {
		mediaType = sniffed
	}
	resp := &Response{
		StatusCode:   hresp.StatusCode,
		Body:         body,
		ContentType:  mediaType,
		ETag:         hresp.Header.Get("ETag"),
		LastModified: hresp.Header.Get("Last-Modified"),
		MaxAge:       maxAge(hresp.Header),
	}
	if k != kindRobots {
		resp.Body, resp.Charset = toUTF8(body, contentType)
	}
	return resp, nil
}

func isRedirect(code int) bool {
	switch code {
	case http.StatusMovedPermanently, http.StatusFound, http.StatusSeeOther,
		http.StatusTemporaryRedirect, http.StatusPermanentRedirect:
		return true
	}
	return false
}

// discard reads a little of a body we do not want, so that a short one
// leaves the connection reusable; a long one is cut off by Close.
func discard(body io.Reader) {
	_, _ = io.CopyN(io.Discard, body, 4<<10)
}
