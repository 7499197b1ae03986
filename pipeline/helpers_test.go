package pipeline

import (
	"crypto/sha256"
	"database/sql"
	"encoding/hex"
	"log/slog"
	"net/http"
	"net/http/httptest"
	"os"
	"path/filepath"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/newsdesk/newsdesk/extract"
	"github.com/newsdesk/newsdesk/pipeline/fetch"
	"github.com/newsdesk/newsdesk/storage"
)

// testSite is a loopback web site. Files are served with an ETag and
// answer If-None-Match with 304, as a well-kept feed server does; handlers
// do whatever a test needs. It counts the requests each path gets.
type testSite struct {
	*httptest.Server

	mu          sync.Mutex
	files       map[string]siteFile
	handlers    map[string]http.HandlerFunc
	hits        map[string]int
	conditional map[string]int   // requests that carried a validator
	otherwise   http.HandlerFunc // for paths with neither file nor handler; default 404
	noETags     bool             // serve files without validators, as many servers do
}

type siteFile struct {
	contentType string
	body        []byte
	etag        string // "" serves the file without validators
}

func newTestSite(t testing.TB) *testSite {
	t.Helper()
	s := &testSite{files: map[string]siteFile{}, handlers: map[string]http.HandlerFunc{},
		hits: map[string]int{}, conditional: map[string]int{}}
	s.Server = httptest.NewServer(http.HandlerFunc(s.serve))
	t.Cleanup(s.Close)
	return s
}

func (s *testSite) serve(w http.ResponseWriter, r *http.Request) {
	s.mu.Lock()
	s.hits[r.URL.Path]++
	if r.Header.Get("If-None-Match") != "" || r.Header.Get("If-Modified-Since") != "" {
		s.conditional[r.URL.Path]++
	}
	f, isFile := s.files[r.URL.Path]
	if s.noETags {
		f.etag = ""
	}
	h := s.handlers[r.URL.Path]
	if h == nil && !isFile {
		h = s.otherwise
	}
	s.mu.Unlock()
	switch {
	case h != nil:
		h(w, r)
	case isFile:
		if f.etag != "" {
			w.Header().Set("ETag", f.etag)
			if r.Header.Get("If-None-Match") == f.etag {
				w.WriteHeader(http.StatusNotModified)
				return
			}
		}
		w.Header().Set("Content-Type", f.contentType)
		w.Write(f.body)
	default:
		http.NotFound(w, r)
	}
}

// file serves body at path with an ETag.
func (s *testSite) file(path, contentType string, body []byte) {
	sum := sha256.Sum256(body)
	s.mu.Lock()
	defer s.mu.Unlock()
	s.files[path] = siteFile{contentType: contentType, body: body, etag: `"` + hex.EncodeToString(sum[:8]) + `"`}
}

// plainFile serves body at path without validators, as many servers do.
func (s *testSite) plainFile(path, contentType string, body []byte) {
	s.mu.Lock()
	defer s.mu.Unlock()
	s.files[path] = siteFile{contentType: contentType, body: body}
}

// handle serves path with h.
func (s *testSite) handle(path string, h http.HandlerFunc) {
	s.mu.Lock()
	defer s.mu.Unlock()
	s.handlers[path] = h
}

// hitsOf returns how many requests path got, and how many of them were
// conditional.
func (s *testSite) hitsOf(path string) (all, conditional int) {
	s.mu.Lock()
	defer s.mu.Unlock()
	return s.hits[path], s.conditional[path]
}

// url is the absolute URL of path on the site.
func (s *testSite) url(path string) string { return s.URL + path }

// mustRead reads a test fixture; a missing fixture is a broken checkout.
func mustRead(path string) []byte {
	b, err := os.ReadFile(filepath.FromSlash(path))
	if err != nil {
		panic(err)
	}
	return b
}

// openTestDB opens a new database in a temporary folder.
func openTestDB(t testing.TB) *storage.DB {
	t.Helper()
	db, err := storage.Open(t.Context(), filepath.Join(t.TempDir(), "test.db"), seededOptions())
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { db.Close() })
	return db
}

// testExtractor returns an extractor, or skips the test when the
// gazetteers are not there yet.
func testExtractor(t testing.TB) *extract.Extractor {
	t.Helper()
	ex, err := extract.New()
	if err != nil {
		t.Skipf("extractor not available: %v", err)
	}
	return ex
}

// testFetchConfig is a fetch.Config for loopback tests: short timeouts, a
// 1 MiB body cap, no rate limit (a user would raise it with flags for a
// site of their own; the per-host concurrency stays).
func testFetchConfig() fetch.Config {
	return fetch.Config{
		Timeout:            2 * time.Second,
		ConnectTimeout:     time.Second,
		HeaderTimeout:      time.Second,
		MaxBodyBytes:       1 << 20,
		PerHostConcurrency: 8,
		PerHostRate:        -1,
		RespectRobots:      true,
	}
}

// testLog collects the pipeline's log lines.
type testLog struct {
	mu    sync.Mutex
	lines []string
}

func (l *testLog) Write(b []byte) (int, error) {
	l.mu.Lock()
	defer l.mu.Unlock()
	l.lines = append(l.lines, strings.TrimSpace(string(b)))
	return len(b), nil
}

func (l *testLog) String() string {
	l.mu.Lock()
	defer l.mu.Unlock()
	return strings.Join(l.lines, "\n")
}

// newTestPipeline makes a pipeline over db with the test fetch config;
// adjust changes the configs before use. The log goes to the returned
// testLog.
func newTestPipeline(t testing.TB, db *storage.DB, adjust func(*Config, *fetch.Config)) (*Pipeline, *testLog) {
	t.Helper()
	fc := testFetchConfig()
	log := &testLog{}
	cfg := Config{DB: db, Extractor: testExtractor(t), Feeds: 4, Workers: 4,
		Log: slog.New(slog.NewTextHandler(log, &slog.HandlerOptions{Level: slog.LevelInfo}))}
	if adjust != nil {
		adjust(&cfg, &fc)
	}
	cfg.Fetcher = fetch.New(fc)
	p, err := New(cfg)
	if err != nil {
		t.Fatal(err)
	}
	return p, log
}

// runPipeline runs p over sources and fails the test on a fatal error.
func runPipeline(t testing.TB, p *Pipeline, sources ...string) *Report {
	t.Helper()
	rep, err := p.Run(t.Context(), sources)
	if err != nil {
		t.Fatalf("Run: %v (report: %s)", err, rep.Summary())
	}
	return rep
}

// count runs a COUNT query.
func count(t testing.TB, db *storage.DB, query string, args ...any) int {
	t.Helper()
	var n int
	if err := db.SQL().QueryRowContext(t.Context(), query, args...).Scan(&n); err != nil {
		t.Fatalf("%s: %v", query, err)
	}
	return n
}

// queryStrings runs a query of one text column.
func queryStrings(t testing.TB, db *storage.DB, query string, args ...any) []string {
	t.Helper()
	rows, err := db.SQL().QueryContext(t.Context(), query, args...)
	if err != nil {
		t.Fatalf("%s: %v", query, err)
	}
	defer rows.Close()
	var out []string
	for rows.Next() {
		var s sql.NullString
		if err := rows.Scan(&s); err != nil {
			t.Fatal(err)
		}
		out = append(out, s.String)
	}
	if err := rows.Err(); err != nil {
		t.Fatal(err)
	}
	return out
}

// failuresFor returns the report's failures for a source, as lines.
func failuresFor(rep *Report, source string) []string {
	var out []string
	for _, f := range rep.Failures {
		if f.Source == source {
			out = append(out, f.String())
		}
	}
	return out
}

// counts are a report's counts: feeds fetched, unchanged, failed; articles
// new, updated, unchanged, failed.
type counts struct {
	Fetched, Unchanged, Failed         int
	New, Updated, Same, ArticlesFailed int
}

func countsOf(rep *Report) counts {
	rep.mu.Lock()
	defer rep.mu.Unlock()
	return counts{rep.FeedsFetched, rep.FeedsUnchanged, rep.FeedsFailed,
		rep.ArticlesNew, rep.ArticlesUpdated, rep.ArticlesUnchanged, rep.ArticlesFailed}
}

// checkCounts compares a report's counts.
func checkCounts(t testing.TB, rep *Report, want counts) {
	t.Helper()
	if got := countsOf(rep); got != want {
		t.Errorf("report counts:\n got %+v\nwant %+v\nfailures: %v", got, want, rep.Failures)
	}
}

// seededOptions open a test database as newsdesk does: the countries
// table seeded with the extractor's states.
func seededOptions() storage.Options {
	var states []storage.Country
	for _, s := range extract.States() {
		states = append(states, storage.Country{Code: s.Code, Name: s.Name})
	}
	return storage.Options{States: states}
}
