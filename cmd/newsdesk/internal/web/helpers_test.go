package web

import (
	"context"
	"fmt"
	"io"
	"net/http"
	"net/http/httptest"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/newsdesk/newsdesk/extract"
	"github.com/newsdesk/newsdesk/pipeline"
	"github.com/newsdesk/newsdesk/pipeline/fetch"
	"github.com/newsdesk/newsdesk/storage"
)

// demoPath is the demo database every test reads: the offline demo of the
// README plus the hostile article, made once by TestMain.
var demoPath string

func TestMain(m *testing.M) {
	dir, err := os.MkdirTemp("", "newsdesk-web-test")
	if err != nil {
		fmt.Fprintln(os.Stderr, err)
		os.Exit(1)
	}
	demoPath = filepath.Join(dir, "demo.db")
	if err := buildDemoDB(context.Background(), demoPath); err != nil {
		fmt.Fprintln(os.Stderr, "building the demo database:", err)
		os.RemoveAll(dir)
		os.Exit(1)
	}
	code := m.Run()
	os.RemoveAll(dir)
	os.Exit(code)
}

// demoDir holds the README's offline demo feeds.
const demoDir = "../../../../testdata/demo"

// buildDemoDB ingests the demo feeds into path, as 'newsdesk ingest' does,
// and adds the hostile article.
func buildDemoDB(ctx context.Context, path string) error {
	db, err := storage.Open(ctx, path, seededOptions())
	if err != nil {
		return err
	}
	defer db.Close()
	ex, err := extract.New()
	if err != nil {
		return err
	}
	p, err := pipeline.New(pipeline.Config{DB: db, Extractor: ex, Fetcher: fetch.New(fetch.Config{})})
	if err != nil {
		return err
	}
	var sources []string
	for _, f := range []string{"world.xml", "wire.atom", "briefs.json"} {
		sources = append(sources, filepath.Join(demoDir, f))
	}
	if _, err := p.Run(ctx, sources); err != nil {
		return err
	}
	a, res := hostileArticle()
	_, err = db.SaveArticle(ctx, a, res)
	return err
}

// Text of the hostile article: markup and script in every field a page
// shows, which must come out as text.
const (
	hostileQuote   = `<script>document.title="pwned"</script><img src=x onerror="document.title='pwned'"> We will not be silenced`
	hostileSpeaker = `Olek <b>Marsh</b>`
	hostileTitle   = `Minister of <i>Truth</i>`
	hostileHead    = `<img src=x onerror=alert(1)>Harbour strike enters a second week`
)

// hostileArticle is fictional wire copy whose text tries to inject markup.
// Its records are made by hand, so that the test does not move with the
// extraction rules.
func hostileArticle() (storage.Article, *extract.Result) {
	body := "GDANSK — Dock workers stayed out for an eighth day.\n" +
		"The spokesman, " + hostileSpeaker + ", said: “" + hostileQuote + ".”\n" +
		"About 40 police officers guarded the gates."
	start := strings.Index(body, hostileQuote)
	start = len([]rune(body[:start]))
	a := storage.Article{URL: "https://demo.newsdesk.invalid/world/2026/11/20/harbour-strike",
		FeedURL: "https://demo.newsdesk.invalid/hostile.xml", Title: hostileHead,
		Published: time.Date(2026, 11, 20, 7, 0, 0, 0, time.UTC), Body: body}
	res := &extract.Result{
		Officials: []extract.Official{{Name: hostileSpeaker, Title: hostileTitle, Country: "PL", Rule: "test"}},
		Quotes: []extract.Quote{{Text: hostileQuote, Speaker: hostileSpeaker, SpeakerKind: extract.SpeakerPerson,
			SpeakerTitle: hostileTitle, SpeakerCountry: "PL", Cue: "said", Start: start, End: start + len([]rune(hostileQuote)), Rule: "test"}},
		Troops: []extract.Troops{{Count: 40, Approximate: true, Country: "PL", Unit: "police", Evidence: "About 40 police officers guarded the gates.", Rule: "test"}},
	}
	return a, res
}

// openDemo opens the demo database read-only for one test.
func openDemo(t testing.TB) *storage.DB {
	t.Helper()
	db, err := storage.OpenReadOnly(context.Background(), demoPath)
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { db.Close() })
	return db
}

// newTestServer serves the demo database.
func newTestServer(t testing.TB, cfg Config) *Server {
	t.Helper()
	if cfg.DB == nil {
		cfg.DB = openDemo(t)
	}
	s, err := New(cfg)
	if err != nil {
		t.Fatal(err)
	}
	return s
}

// response is an answer to a test request.
type response struct {
	status int
	header http.Header
	body   string
}

// get asks h for target with headers given as "Name: value".
func get(t testing.TB, h http.Handler, target string, headers ...string) response {
	t.Helper()
	return do(t, h, http.MethodGet, target, headers...)
}

// mustGet is get, failing unless the answer is 200.
func mustGet(t testing.TB, h http.Handler, target string, headers ...string) response {
	t.Helper()
	r := get(t, h, target, headers...)
	if r.status != http.StatusOK {
		t.Fatalf("GET %s: %d %s", target, r.status, r.body)
	}
	return r
}

func do(t testing.TB, h http.Handler, method, target string, headers ...string) response {
	t.Helper()
	req := httptest.NewRequest(method, target, nil)
	for _, hd := range headers {
		k, v, _ := strings.Cut(hd, ":")
		req.Header.Set(k, strings.TrimSpace(v))
	}
	rec := httptest.NewRecorder()
	h.ServeHTTP(rec, req)
	res := rec.Result()
	b, _ := io.ReadAll(res.Body)
	return response{status: res.StatusCode, header: res.Header, body: string(b)}
}

// openReadOnlyAt opens a database read-only, closed when the test ends.
func openReadOnlyAt(t testing.TB, path string) (*storage.DB, error) {
	t.Helper()
	db, err := storage.OpenReadOnly(context.Background(), path)
	if err == nil {
		t.Cleanup(func() { db.Close() })
	}
	return db, err
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
