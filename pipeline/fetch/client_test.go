package fetch

import (
	"context"
	"errors"
	"fmt"
	"net"
	"net/http"
	"strconv"
	"strings"
	"sync"
	"testing"
	"time"
)

func TestRequestHeaders(t *testing.T) {
	var mu sync.Mutex
	var got http.Header
	srv := serve(t, func(w http.ResponseWriter, r *http.Request) {
		mu.Lock()
		got = r.Header.Clone()
		mu.Unlock()
		w.Header().Set("Content-Type", "text/html")
		fmt.Fprint(w, "<!DOCTYPE html><title>x</title>")
	})
	c := newTestClient(t, Config{})
	for _, tc := range []struct {
		page   bool
		accept string
	}{
		{page: false, accept: "application/rss+xml"},
		{page: true, accept: "text/html"},
	} {
		mustGet(t, c, Request{URL: srv.URL, Page: tc.page})
		mu.Lock()
		if ua := got.Get("User-Agent"); ua != defaultUserAgent {
			t.Errorf("page=%v: User-Agent %q, want %q", tc.page, ua, defaultUserAgent)
		}
		if a := got.Get("Accept"); !strings.HasPrefix(a, tc.accept) {
			t.Errorf("page=%v: Accept %q, want it to start with %q", tc.page, a, tc.accept)
		}
		if ae := got.Get("Accept-Encoding"); !strings.Contains(ae, "gzip") {
			t.Errorf("page=%v: Accept-Encoding %q, want gzip", tc.page, ae)
		}
		mu.Unlock()
	}

	c = newTestClient(t, Config{UserAgent: "newsdesk-test/1"})
	mustGet(t, c, Request{URL: srv.URL})
	mu.Lock()
	defer mu.Unlock()
	if ua := got.Get("User-Agent"); ua != "newsdesk-test/1" {
		t.Errorf("configured User-Agent: got %q", ua)
	}
}

func TestStatusError(t *testing.T) {
	date := time.Date(2026, 3, 1, 12, 0, 0, 0, time.UTC)
	tests := []struct {
		name       string
		code       int
		retryAfter string
		wantRetry  time.Duration
	}{
		{"500", http.StatusInternalServerError, "", 0},
		{"404", http.StatusNotFound, "", 0},
		{"429 seconds", http.StatusTooManyRequests, "120", 2 * time.Minute},
		{"503 date", http.StatusServiceUnavailable, date.Add(90 * time.Second).Format(http.TimeFormat), 90 * time.Second},
		{"503 garbage", http.StatusServiceUnavailable, "soon", 0},
		{"unknown code", 599, "", 0},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			srv := serve(t, func(w http.ResponseWriter, r *http.Request) {
				w.Header().Set("Date", date.Format(http.TimeFormat))
				if tc.retryAfter != "" {
					w.Header().Set("Retry-After", tc.retryAfter)
				}
				w.WriteHeader(tc.code)
				fmt.Fprint(w, "error page")
			})
			c := newTestClient(t, Config{})
			url := srv.URL + "/feed"
			_, err := c.Get(context.Background(), Request{URL: url})
			var se *StatusError
			if !errors.As(err, &se) {
				t.Fatalf("got %v, want a *StatusError", err)
			}
			if se.Code != tc.code || se.URL != url || se.RetryAfter != tc.wantRetry {
				t.Errorf("got %+v, want code %d, URL %s, RetryAfter %v", *se, tc.code, url, tc.wantRetry)
			}
			want := fmt.Sprintf("fetch: GET %s: %d ", url, tc.code)
			if !strings.HasPrefix(err.Error(), want) {
				t.Errorf("Error() = %q, want prefix %q", err, want)
			}
		})
	}

	t.Run("message", func(t *testing.T) {
		err := &StatusError{Code: 500, URL: "https://x/feed"}
		if got, want := err.Error(), "fetch: GET https://x/feed: 500 Internal Server Error"; got != want {
			t.Errorf("got %q, want %q", got, want)
		}
	})
}

func TestRedirects(t *testing.T) {
	srv := serve(t, func(w http.ResponseWriter, r *http.Request) {
		switch p := r.URL.Path; {
		case strings.HasPrefix(p, "/chain/"):
			n, _ := strconv.Atoi(strings.TrimPrefix(p, "/chain/"))
			if n > 0 {
				http.Redirect(w, r, fmt.Sprintf("/chain/%d", n-1), http.StatusFound)
				return
			}
			fmt.Fprint(w, testFeed)
		case p == "/a":
			http.Redirect(w, r, "/b", http.StatusMovedPermanently)
		case p == "/b":
			http.Redirect(w, r, "/a#frag", http.StatusTemporaryRedirect)
		case p == "/self":
			http.Redirect(w, r, "/self", http.StatusPermanentRedirect)
		case p == "/ftp":
			http.Redirect(w, r, "ftp://example.com/feed", http.StatusFound)
		case p == "/nolocation":
			w.WriteHeader(http.StatusFound)
		}
	})
	tests := []struct {
		path         string
		maxRedirects int
		wantErr      error
		wantStatus   int
		wantFinal    string
	}{
		{path: "/chain/10", wantFinal: "/chain/0"},
		{path: "/chain/11", wantErr: ErrTooManyRedirects},
		{path: "/chain/3", maxRedirects: 3, wantFinal: "/chain/0"},
		{path: "/chain/4", maxRedirects: 3, wantErr: ErrTooManyRedirects},
		{path: "/chain/1", maxRedirects: -1, wantErr: ErrTooManyRedirects},
		{path: "/a", wantErr: ErrRedirectLoop},
		{path: "/self", wantErr: ErrRedirectLoop},
		{path: "/ftp", wantErr: ErrInvalidURL},
		{path: "/nolocation", wantStatus: http.StatusFound},
	}
	for _, tc := range tests {
		t.Run(fmt.Sprintf("%s max %d", tc.path, tc.maxRedirects), func(t *testing.T) {
			c := newTestClient(t, Config{MaxRedirects: tc.maxRedirects})
			resp, err := c.Get(context.Background(), Request{URL: srv.URL + tc.path})
			var se *StatusError
			switch {
			case tc.wantErr != nil:
				if !errors.Is(err, tc.wantErr) {
					t.Fatalf("got %v, want %v", err, tc.wantErr)
				}
				if !strings.HasPrefix(err.Error(), "fetch: GET ") {
					t.Errorf("error %q lacks the fetch: GET prefix", err)
				}
			case tc.wantStatus != 0:
				if !errors.As(err, &se) || se.Code != tc.wantStatus {
					t.Fatalf("got %v, want status %d", err, tc.wantStatus)
				}
			case err != nil:
				t.Fatal(err)
			case resp.URL != srv.URL+tc.wantFinal:
				t.Errorf("final URL %s, want %s", resp.URL, srv.URL+tc.wantFinal)
			}
		})
	}
}

func TestTimeouts(t *testing.T) {
	// Handlers block until the client gives up (closing the connection
	// cancels the request's context) or the test ends.
	done := make(chan struct{})
	block := func(r *http.Request) {
		select {
		case <-r.Context().Done():
		case <-done:
		}
	}
	noHeaders := serve(t, func(w http.ResponseWriter, r *http.Request) { block(r) })
	noBody := serve(t, func(w http.ResponseWriter, r *http.Request) {
		w.Header().Set("Content-Type", "application/rss+xml")
		fmt.Fprint(w, "<rss>")
		w.(http.Flusher).Flush()
		block(r)
	})

	// A TCP listener that never speaks TLS leaves the handshake hanging.
	ln, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		t.Fatal(err)
	}
	var conns sync.WaitGroup
	t.Cleanup(func() { ln.Close(); conns.Wait() })
	conns.Go(func() {
		for {
			conn, err := ln.Accept()
			if err != nil {
				return
			}
			conns.Go(func() {
				defer conn.Close()
				<-done
			})
		}
	})
	// Registered last so that it runs first: the servers' and listener's
	// cleanups wait for the handlers that wait for done.
	t.Cleanup(func() { close(done) })

	const short = 200 * time.Millisecond
	tests := []struct {
		name string
		url  string
		cfg  Config
	}{
		{"no response headers", noHeaders.URL, Config{HeaderTimeout: short}},
		{"body never ends", noBody.URL, Config{Timeout: short}},
		{"TLS handshake hangs", "https://" + ln.Addr().String() + "/", Config{ConnectTimeout: short}},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			c := newTestClient(t, tc.cfg)
			start := time.Now()
			_, err := c.Get(context.Background(), Request{URL: tc.url})
			if !isTimeout(err) {
				t.Fatalf("got %v, want a timeout", err)
			}
			t.Logf("error: %v", err)
			// Generous: the point is that it ends, not how punctually.
			if elapsed := time.Since(start); elapsed > 15*time.Second {
				t.Errorf("took %v with a %v timeout", elapsed, short)
			}
		})
	}
}

func TestConditionalGet(t *testing.T) {
	const etag, lastMod = `"v1"`, "Sun, 01 Mar 2026 10:00:00 GMT"
	var requests int
	var mu sync.Mutex
	srv := serve(t, func(w http.ResponseWriter, r *http.Request) {
		mu.Lock()
		requests++
		mu.Unlock()
		w.Header().Set("Cache-Control", "public, max-age=300")
		if r.Header.Get("If-None-Match") == etag || r.Header.Get("If-Modified-Since") == lastMod {
			w.WriteHeader(http.StatusNotModified)
			return
		}
		w.Header().Set("ETag", etag)
		w.Header().Set("Last-Modified", lastMod)
		w.Header().Set("Content-Type", "application/rss+xml")
		fmt.Fprint(w, testFeed)
	})
	c := newTestClient(t, Config{})

	first := mustGet(t, c, Request{URL: srv.URL})
	if first.NotModified || string(first.Body) != testFeed || first.ETag != etag || first.LastModified != lastMod {
		t.Fatalf("first response: %+v", first)
	}
	if first.MaxAge != 5*time.Minute || first.ContentType != "application/rss+xml" || first.StatusCode != 200 {
		t.Errorf("first response: MaxAge %v, ContentType %q, StatusCode %d", first.MaxAge, first.ContentType, first.StatusCode)
	}

	for _, req := range []Request{
		{URL: srv.URL, ETag: first.ETag, LastModified: first.LastModified},
		{URL: srv.URL, ETag: first.ETag},
		{URL: srv.URL, LastModified: first.LastModified},
	} {
		resp := mustGet(t, c, req)
		if !resp.NotModified || resp.StatusCode != http.StatusNotModified || resp.Body != nil {
			t.Errorf("%+v: got %+v, want a bodiless 304", req, resp)
		}
		// The 304 does not repeat the validators; the request's are kept.
		if resp.ETag != req.ETag || resp.LastModified != req.LastModified {
			t.Errorf("%+v: validators %q %q not carried over", req, resp.ETag, resp.LastModified)
		}
	}
	if requests != 4 {
		t.Errorf("server saw %d requests, want 4", requests)
	}
}

func TestInvalidURL(t *testing.T) {
	c := newTestClient(t, Config{})
	for _, u := range []string{"", "feed.xml", "/feed", "ftp://example.com/feed", "http://", "http://[::1"} {
		_, err := c.Get(context.Background(), Request{URL: u})
		if !errors.Is(err, ErrInvalidURL) || !strings.HasPrefix(err.Error(), "fetch: GET ") {
			t.Errorf("Get(%q): got %v, want ErrInvalidURL", u, err)
		}
	}
}
