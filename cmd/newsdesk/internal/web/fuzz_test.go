package web

import (
	"net/http"
	"net/http/httptest"
	"net/url"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"
)

// fuzzPaths are the routes a user can type a query for, ids filled in.
var fuzzPaths = []string{"/api/v1/quotes", "/api/v1/quotes/1", "/api/v1/people", "/api/v1/people/1", "/api/v1/officials",
	"/api/v1/figures", "/api/v1/articles/1", "/api/v1/feeds", "/", "/people/1", "/figures", "/feeds", "/metrics", "/healthz"}

// FuzzNoInputIsOurFault sends any query to any route: whatever a user
// types is answered, never with a 5xx.
func FuzzNoInputIsOurFault(f *testing.F) {
	for _, q := range []string{
		"", "q=%22", "q=OR", "q=a+OR", "q=-a", "q=NEAR(a+b)", "q=a*b*", "q=%00", "q=%ff", "q=%E2%80%9C", "q=%22%22",
		"q=*", "q=a:b", "q=^a", "q=(", "speaker=%25", "speaker=_", "speaker=%5C", "org=%25%25", "country=%C3%A9%C3%A9",
		"since=2026-02-30", "since=0000-01-01", "until=9999-12-31T23:59:59Z", "since=2026-11-17T25:00", "limit=1e3",
		"limit=9223372036854775808", "person=9223372036854775807", "article=1&article=2", "cursor=.", "cursor=e30.AAAA",
		"cursor=WyIiLDAsMF0.AAAAAAAAAAA", "format=csv&q=%22", "format=jsonl&cursor=x", "kind=deaths&country=TD", "%", "&&&=",
		"q=" + strings.Repeat("a+", 240), "q=" + strings.Repeat("%22a%22+OR+", 45) + "b",
	} {
		for i := range fuzzPaths {
			f.Add(i, q)
		}
	}
	s, err := New(Config{DB: openDemo(f)})
	if err != nil {
		f.Fatal(err)
	}
	f.Fuzz(func(t *testing.T, route int, query string) {
		if route < 0 {
			route = -route
		}
		path := fuzzPaths[route%len(fuzzPaths)]
		req := httptest.NewRequest(http.MethodGet, "/", nil)
		req.URL = &url.URL{Path: path, RawQuery: query}
		req.RequestURI = req.URL.RequestURI()
		if id, ok := strings.CutSuffix(path, "/1"); ok && len(query) < 25 {
			// the id is typed too
			req.URL.Path = id + "/" + url.PathEscape(query)
		}
		rec := httptest.NewRecorder()
		s.ServeHTTP(rec, req)
		if rec.Code >= 500 && path != "/healthz" {
			t.Errorf("GET %s?%s: %d %s", req.URL.Path, query, rec.Code, rec.Body.String())
		}
	})
}

// TestIfModifiedSince serves a copy of the demo database whose files
// last changed an hour ago.
func TestIfModifiedSince(t *testing.T) {
	dir := t.TempDir()
	path := filepath.Join(dir, "demo.db")
	b, err := os.ReadFile(demoPath)
	if err != nil {
		t.Fatal(err)
	}
	if err := os.WriteFile(path, b, 0o644); err != nil {
		t.Fatal(err)
	}
	hourAgo := time.Now().Add(-time.Hour).Truncate(time.Second)
	if err := os.Chtimes(path, hourAgo, hourAgo); err != nil {
		t.Fatal(err)
	}
	db, err := openReadOnlyAt(t, path)
	if err != nil {
		t.Fatal(err)
	}
	// the reader may leave a fresh log beside the file; it holds nothing
	os.Chtimes(path+"-wal", hourAgo, hourAgo)
	s := newTestServer(t, Config{DB: db})
	first := mustGet(t, s, "/api/v1/feeds")
	lm := first.header.Get("Last-Modified")
	if lm != hourAgo.UTC().Format(http.TimeFormat) {
		t.Fatalf("Last-Modified %q, want %s", lm, hourAgo.UTC().Format(http.TimeFormat))
	}
	if r := get(t, s, "/api/v1/feeds", "If-Modified-Since: "+lm); r.status != http.StatusNotModified {
		t.Errorf("If-Modified-Since its own date: %d", r.status)
	}
	earlier := hourAgo.Add(-time.Minute).UTC().Format(http.TimeFormat)
	if r := get(t, s, "/api/v1/feeds", "If-Modified-Since: "+earlier); r.status != http.StatusOK {
		t.Errorf("If-Modified-Since an earlier date: %d", r.status)
	}
	// If-None-Match wins over If-Modified-Since
	if r := get(t, s, "/api/v1/feeds", "If-Modified-Since: "+lm, `If-None-Match: "changed"`); r.status != http.StatusOK {
		t.Errorf("a stale ETag with a fresh date: %d", r.status)
	}
}
