package fetch

import (
	"context"
	"errors"
	"net"
	"net/http"
	"net/http/httptest"
	"os"
	"path/filepath"
	"testing"
	"time"
)

const testFeed = `<?xml version="1.0" encoding="UTF-8"?><rss version="2.0"><channel><title>Test</title></channel></rss>`

// newTestClient returns a Client for loopback tests: no rate limit unless
// cfg asks for one, and a Timeout that only a broken test would reach.
func newTestClient(t testing.TB, cfg Config) *Client {
	t.Helper()
	if cfg.PerHostRate == 0 {
		cfg.PerHostRate = -1
	}
	if cfg.Timeout == 0 {
		cfg.Timeout = 20 * time.Second
	}
	return New(cfg)
}

// serve starts a loopback HTTP server that is closed when the test ends.
func serve(t testing.TB, h http.HandlerFunc) *httptest.Server {
	t.Helper()
	srv := httptest.NewServer(h)
	t.Cleanup(srv.Close)
	return srv
}

// mustGet fetches req and fails the test on error.
func mustGet(t testing.TB, c *Client, req Request) *Response {
	t.Helper()
	resp, err := c.Get(context.Background(), req)
	if err != nil {
		t.Fatalf("Get(%s): %v", req.URL, err)
	}
	return resp
}

// isTimeout reports whether err is a deadline or a network timeout.
func isTimeout(err error) bool {
	var ne net.Error
	return errors.Is(err, context.DeadlineExceeded) || errors.As(err, &ne) && ne.Timeout()
}

// sharedFile reads a file of the shared corpus, skipping the test when
// ../shared is absent (it is not part of the repository).
func sharedFile(t testing.TB, rel string) []byte {
	t.Helper()
	path := filepath.Join("..", "..", "..", "shared", filepath.FromSlash(rel))
	b, err := os.ReadFile(path)
	if errors.Is(err, os.ErrNotExist) {
		t.Skipf("shared corpus not available: %v", err)
	}
	if err != nil {
		t.Fatal(err)
	}
	return b
}
