package pipeline

import (
	"bytes"
	"compress/gzip"
	"errors"
	"maps"
	"net/http"
	"regexp"
	"runtime"
	"slices"
	"strings"
	"testing"
	"time"

	"golang.org/x/text/encoding/charmap"

	"github.com/newsdesk/newsdesk/pipeline/fetch"
	"github.com/newsdesk/newsdesk/storage"
)

// hangLine is what the failure line of a hanging server says.
var hangLine = regexp.MustCompile(`timeout awaiting response headers|timed out waiting for the server`)

// hang answers nothing until the client gives up.
func hang(w http.ResponseWriter, r *http.Request) { <-r.Context().Done() }

// endless streams about 200 MiB of feed-looking XML without a
// Content-Length, stopping when the client goes away.
func endless(w http.ResponseWriter, r *http.Request) {
	w.Header().Set("Content-Type", "application/rss+xml")
	w.Write([]byte(`<?xml version="1.0"?><rss version="2.0"><channel><title>Endless</title>`))
	chunk := bytes.Repeat([]byte("<item><title>again</title><link>/again</link></item>\n"), 1200) // ~64 KiB
	for sent := 0; sent < 200<<20; sent += len(chunk) {
		if _, err := w.Write(chunk); err != nil {
			return
		}
	}
}

// gzipBomb is 64 MiB of zeros, gzipped to about 64 KiB.
func gzipBomb(t testing.TB) []byte {
	t.Helper()
	var b bytes.Buffer
	zw, _ := gzip.NewWriterLevel(&b, gzip.BestCompression)
	zeros := make([]byte, 1<<20)
	for range 64 {
		zw.Write(zeros)
	}
	if err := zw.Close(); err != nil {
		t.Fatal(err)
	}
	return b.Bytes()
}

// latin1Feed is an RSS feed in ISO-8859-1 with no XML declaration and no
// charset in its Content-Type: only the bytes say what it is.
func latin1Feed(t testing.TB) []byte {
	t.Helper()
	text := strings.Repeat("Le président a annoncé à Montréal que la société d'État réduirait ses dépenses. ", 6)
	feed := `<rss version="2.0"><channel><title>Dépêches</title><item><title>Élection à Montréal</title>` +
		`<guid>latin1-1</guid><link>/fr/election</link><description>` + text + `</description></item></channel></rss>`
	b, err := charmap.ISO8859_1.NewEncoder().Bytes([]byte(feed))
	if err != nil {
		t.Fatal(err)
	}
	return b
}

// trapsFeed links to pages that each fail in their own way, and to one
// good page.
const trapsFeed = `<?xml version="1.0"?><rss version="2.0"><channel><title>Traps</title>
<item><title>Bomb</title><link>/traps/bomb.html</link><guid>t1</guid></item>
<item><title>PDF</title><link>/traps/report.pdf</link><guid>t2</guid></item>
<item><title>PDF as HTML</title><link>/traps/fake.html</link><guid>t3</guid></item>
<item><title>Hangs</title><link>/traps/hang.html</link><guid>t4</guid></item>
<item><title>Gone</title><link>/traps/gone.html</link><guid>t5</guid></item>
<item><title>Good</title><link>/pages/kenya-police.html</link><guid>t6</guid></item>
</channel></rss>`

// The faults of issue 4, all in one run beside a good feed: each is
// reported as one line naming the source and what went wrong and skipped,
// the run completes, memory stays bounded (the 200 MiB body and the gzip
// bomb are not read into it), failing feeds are scheduled for a retry, and
// a second run behaves.
func TestFaultsAreReportedAndSkipped(t *testing.T) {
	site := newTestSite(t)
	serveTestWire(site)
	site.handle("/feeds/hang.xml", hang)
	site.handle("/feeds/500.xml", func(w http.ResponseWriter, r *http.Request) {
		http.Error(w, "boom", http.StatusInternalServerError)
	})
	site.handle("/feeds/429.xml", func(w http.ResponseWriter, r *http.Request) {
		w.Header().Set("Retry-After", "3600")
		http.Error(w, "slow down", http.StatusTooManyRequests)
	})
	site.handle("/feeds/loop-a.xml", func(w http.ResponseWriter, r *http.Request) {
		http.Redirect(w, r, "/feeds/loop-b.xml", http.StatusFound)
	})
	site.handle("/feeds/loop-b.xml", func(w http.ResponseWriter, r *http.Request) {
		http.Redirect(w, r, "/feeds/loop-a.xml", http.StatusMovedPermanently)
	})
	site.file("/feeds/truncated.xml", "application/rss+xml",
		[]byte(`<?xml version="1.0"?><rss version="2.0"><channel><title>Cut</title><item><title>a</title><link>/a</link></item><item><title>b</t`))
	site.file("/feeds/home.html", "text/html; charset=utf-8", []byte(`<!DOCTYPE html><html><head><title>Test Wire</title>
		<link rel="alternate" type="application/rss+xml" title="World" href="/feeds/world.xml"></head><body><p>Welcome</p></body></html>`))
	site.handle("/feeds/huge.xml", endless)
	site.file("/feeds/latin1.xml", "text/xml", latin1Feed(t))
	site.file("/feeds/traps.xml", "application/rss+xml", []byte(trapsFeed))
	bomb := gzipBomb(t)
	site.handle("/traps/bomb.html", func(w http.ResponseWriter, r *http.Request) {
		w.Header().Set("Content-Type", "text/html")
		w.Header().Set("Content-Encoding", "gzip")
		w.Write(bomb)
	})
	pdf := []byte("%PDF-1.4\n1 0 obj << /Type /Catalog >> endobj\n" + strings.Repeat("0", 2000))
	site.file("/traps/report.pdf", "application/pdf", pdf)
	site.file("/traps/fake.html", "text/html", pdf)
	site.handle("/traps/hang.html", hang)

	now := time.Date(2026, 11, 25, 12, 0, 0, 0, time.UTC)
	db := openTestDB(t)
	p, _ := newTestPipeline(t, db, func(c *Config, fc *fetch.Config) {
		c.Now = func() time.Time { return now }
		fc.Timeout = time.Second // the hanging server costs a second
	})
	faulty := map[string]string{ // feed → what its failure line must say
		"/feeds/hang.xml":      "time", // "timeout awaiting response headers" or "timed out waiting for the server"
		"/feeds/500.xml":       "500 Internal Server Error",
		"/feeds/429.xml":       "429 Too Many Requests (retry after 1h0m0s)",
		"/feeds/loop-a.xml":    "redirect loop",
		"/feeds/truncated.xml": "not a readable feed: XML syntax error",
		"/feeds/home.html":     "got an HTML page; the page names the feed " + site.url("/feeds/world.xml"),
		"/feeds/huge.xml":      "response body too large",
	}
	good := []string{"/feeds/world.xml", "/feeds/latin1.xml", "/feeds/traps.xml"}
	var sources []string
	for _, path := range append(slices.Sorted(maps.Keys(faulty)), good...) {
		sources = append(sources, site.url(path))
	}

	// the failing feeds were registered earlier (feeds add), except the
	// truncated one, which is given only on this command line
	for path := range faulty {
		if path != "/feeds/truncated.xml" {
			if _, err := db.AddFeed(t.Context(), site.url(path)); err != nil {
				t.Fatal(err)
			}
		}
	}

	var before runtime.MemStats
	runtime.ReadMemStats(&before)
	rep, err := p.Run(t.Context(), sources)
	var after runtime.MemStats
	runtime.ReadMemStats(&after)
	if err != nil {
		t.Fatalf("Run: %v", err)
	}
	// Everything this run allocated, not just what it held at the end: a
	// client that read the 200 MiB body or the 64 MiB bomb would be far
	// beyond this.
	t.Logf("allocated %d MiB", (after.TotalAlloc-before.TotalAlloc)>>20)
	if alloc := after.TotalAlloc - before.TotalAlloc; alloc > 64<<20 {
		t.Errorf("the run allocated %d MiB; a body was read past its cap", alloc>>20)
	}
	checkCounts(t, rep, counts{Fetched: 3, Failed: 7, New: 4, Same: 1, ArticlesFailed: 5})
	if !rep.SourcesFailed() {
		t.Error("SourcesFailed is false")
	}
	for path, want := range faulty {
		lines := failuresFor(rep, site.url(path))
		if len(lines) != 1 || !strings.Contains(lines[0], want) || (path == "/feeds/hang.xml" && !hangLine.MatchString(lines[0])) {
			t.Errorf("%s: failure lines %q, want one saying %q", path, lines, want)
		}
	}
	traps := failuresFor(rep, site.url("/feeds/traps.xml"))
	for _, want := range []string{
		"/traps/bomb.html: fetch: GET " + site.url("/traps/bomb.html") + ": reading gzip body: response body too large",
		"/traps/report.pdf: fetch: GET " + site.url("/traps/report.pdf") + ": not an HTML page: Content-Type is application/pdf",
		"/traps/fake.html: fetch: GET " + site.url("/traps/fake.html") + ": not an HTML page: content looks like application/pdf",
		"/traps/hang.html: fetch: GET " + site.url("/traps/hang.html") + ": ",
		"/traps/gone.html: fetch: GET " + site.url("/traps/gone.html") + ": 404 Not Found",
	} {
		if !slices.ContainsFunc(traps, func(l string) bool { return strings.Contains(l, want) }) {
			t.Errorf("no failure line with %q; have:\n%s", want, strings.Join(traps, "\n"))
		}
	}
	for _, f := range rep.Failures {
		if strings.Contains(f.String(), "\n") {
			t.Errorf("failure is not one line: %q", f.String())
		}
	}

	// the Latin-1 feed came out as UTF-8
	var title, body string
	if err := db.SQL().QueryRowContext(t.Context(), "SELECT title, body FROM articles WHERE url = ?", site.url("/fr/election")).
		Scan(&title, &body); err != nil {
		t.Fatalf("Latin-1 article: %v", err)
	}
	if title != "Élection à Montréal" || !strings.Contains(body, "Le président a annoncé à Montréal") {
		t.Errorf("Latin-1 article = %q, %.60q", title, body)
	}

	// failing feeds are registered with their error and a retry time:
	// Retry-After wins over the first backoff (15 minutes)
	f429, err := db.FeedByURL(t.Context(), site.url("/feeds/429.xml"))
	if err != nil {
		t.Fatal(err)
	}
	if f429.LastStatus != storage.FeedFailed || f429.ErrorCount != 1 || !strings.Contains(f429.LastError, "429") ||
		!f429.NextFetchAt.Equal(now.Add(time.Hour)) {
		t.Errorf("429 feed: status %q, errors %d, error %q, next %v; want failed, 1, 429, %v",
			f429.LastStatus, f429.ErrorCount, f429.LastError, f429.NextFetchAt, now.Add(time.Hour))
	}
	// a source never once read as a feed is reported, not registered
	if _, err := db.FeedByURL(t.Context(), site.url("/feeds/truncated.xml")); !errors.Is(err, storage.ErrNoFeed) {
		t.Errorf("a source that never parsed was registered (%v)", err)
	}
	f500, _ := db.FeedByURL(t.Context(), site.url("/feeds/500.xml"))
	if wait := f500.NextFetchAt.Sub(now); wait < 12*time.Minute || wait > 15*time.Minute {
		t.Errorf("500 feed retried after %v, want 12-15 minutes", wait)
	}

	// A second run: the same failures, nothing stored twice. The good feeds
	// answer 304, except the traps feed: some of its pages failed in ways
	// that may pass (a timeout), so it kept no validators and is read whole
	// again, its failing pages retried and its good one known.
	rep2, err := p.Run(t.Context(), sources)
	if err != nil {
		t.Fatalf("second Run: %v", err)
	}
	checkCounts(t, rep2, counts{Fetched: 1, Unchanged: 2, Failed: 7, Same: 1, ArticlesFailed: 5})
	if _, cond := site.hitsOf("/feeds/traps.xml"); cond != 0 {
		t.Errorf("traps feed was fetched conditionally %d times; it should have kept no validators", cond)
	}
	if n := count(t, db, "SELECT COUNT(*) FROM articles"); n != 4 {
		t.Errorf("%d articles after two runs, want 4", n)
	}
	if f, _ := db.FeedByURL(t.Context(), site.url("/feeds/500.xml")); f.ErrorCount != 2 {
		t.Errorf("500 feed error count = %d after two failures", f.ErrorCount)
	}
}

// A feed that keeps failing waits longer each time, up to MaxBackoff, and
// is never given up; when it recovers its error count is cleared.
func TestFailingFeedBacksOff(t *testing.T) {
	site := newTestSite(t)
	broken := true
	site.handle("/feed.xml", func(w http.ResponseWriter, r *http.Request) {
		site.mu.Lock()
		b := broken
		site.mu.Unlock()
		if b {
			http.Error(w, "down", http.StatusServiceUnavailable)
			return
		}
		w.Header().Set("Cache-Control", "max-age=7200")
		w.Header().Set("Content-Type", "application/rss+xml")
		w.Write([]byte(`<rss version="2.0"><channel><title>Back</title></channel></rss>`))
	})
	now := time.Date(2026, 11, 25, 12, 0, 0, 0, time.UTC)
	db := openTestDB(t)
	p, _ := newTestPipeline(t, db, func(c *Config, _ *fetch.Config) {
		c.Now = func() time.Time { return now }
		c.Interval = 30 * time.Minute
		c.MaxBackoff = 45 * time.Minute
	})
	feed := site.url("/feed.xml")
	if _, err := db.AddFeed(t.Context(), feed); err != nil { // registered while it worked
		t.Fatal(err)
	}
	for i, want := range []time.Duration{15 * time.Minute, 30 * time.Minute, 45 * time.Minute, 45 * time.Minute} {
		rep := runPipeline(t, p, feed)
		if rep.FeedsFailed != 1 {
			t.Fatalf("run %d: %+v", i+1, rep.Failures)
		}
		f, err := db.FeedByURL(t.Context(), feed)
		if err != nil {
			t.Fatal(err)
		}
		wait := f.NextFetchAt.Sub(now)
		if f.ErrorCount != i+1 || wait > want || wait < want*4/5 {
			t.Errorf("after %d failures: count %d, retry after %v; want %v less up to a fifth", i+1, f.ErrorCount, wait, want)
		}
		due, err := db.DueFeeds(t.Context(), now.Add(want))
		if err != nil || len(due) != 1 {
			t.Errorf("after %d failures the feed is not due at its retry time: %v %v", i+1, due, err)
		}
		now = f.NextFetchAt
	}
	site.mu.Lock()
	broken = false
	site.mu.Unlock()
	rep := runPipeline(t, p, feed)
	if rep.FeedsFetched != 1 {
		t.Fatalf("recovered feed: %+v", rep.Failures)
	}
	f, _ := db.FeedByURL(t.Context(), feed)
	if f.ErrorCount != 0 || f.LastError != "" || f.LastStatus != storage.FeedOK || !f.NextFetchAt.Equal(now.Add(45*time.Minute)) {
		t.Errorf("recovered feed: %+v (max-age 2h is capped at MaxBackoff 45m)", f)
	}
}
