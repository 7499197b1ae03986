package pipeline

import (
	"fmt"
	"hash/fnv"
	"io/fs"
	"net/http"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"testing"
	"time"

	"github.com/newsdesk/newsdesk/pipeline/fetch"
)

// sharedCorpus is where the shared read-only data lives: ../shared beside
// the repository.
var sharedCorpus = filepath.Join("..", "..", "shared", "corpus")

// loopbackTransport sends every request, whatever its host, to the test
// site, so that feeds linking to real publishers never leave the machine.
// The host asked for travels in X-Original-Host. Per-host limits still
// apply per original host, in the fetch.Client above.
type loopbackTransport struct {
	site *testSite
	base http.RoundTripper
}

func (l loopbackTransport) RoundTrip(r *http.Request) (*http.Response, error) {
	r2 := r.Clone(r.Context())
	r2.Header.Set("X-Original-Host", r.URL.Host)
	target := l.site.Listener.Addr().String()
	r2.URL.Scheme, r2.URL.Host, r2.Host = "http", target, target
	return l.base.RoundTrip(r2)
}

// stubArticle answers any page with a short wire story of its own, so that
// each link of a real feed gives a distinct article.
func stubArticle(w http.ResponseWriter, r *http.Request) {
	h := fnv.New32a()
	fmt.Fprint(h, r.Header.Get("X-Original-Host"), r.URL.String())
	n := h.Sum32()%900 + 100
	w.Header().Set("Content-Type", "text/html; charset=utf-8")
	fmt.Fprintf(w, `<!DOCTYPE html><html><body><nav><a href="/">Home</a></nav><article>
<p>GENEVA — Delegates from %d countries met on Monday to discuss the story at %s%s, officials said, in talks that ran late into the night.</p>
<p>“We are making progress, slowly,” a spokeswoman for the organisers said. About %d observers attended the opening session of the conference.</p>
<p>A final statement is expected on Friday, according to a draft seen by reporters and written for the newsdesk tests.</p>
</article></body></html>`, n%40+3, r.Header.Get("X-Original-Host"), r.URL.Path, n)
}

// The real quirky feeds of the shared corpus (encodings, RSS 0.9x/1.0/2.0,
// Atom, broken XML, an HTML page served as a feed, ...), served from a
// loopback site with every link answered there too: each feed is fetched
// or reported, the run completes, legacy encodings come out as UTF-8, and
// a second run finds every feed unchanged and stores nothing.
func TestSharedCorpusFeeds(t *testing.T) {
	root := filepath.Join(sharedCorpus, "feeds")
	if _, err := os.Stat(root); err != nil {
		t.Skipf("shared corpus not found (%v); it is ../shared beside the repository", err)
	}
	site := newTestSite(t)
	site.otherwise = stubArticle
	var sources []string
	err := filepath.WalkDir(root, func(path string, d fs.DirEntry, err error) error {
		if err != nil || d.IsDir() {
			return err
		}
		name := d.Name()
		if strings.HasSuffix(name, ".serde.json") || strings.HasSuffix(name, ".md") || name == "LICENSE" {
			return nil // expected parses and notes, not feeds
		}
		body, err := os.ReadFile(path)
		if err != nil {
			return err
		}
		rel, _ := filepath.Rel(root, path)
		urlPath := "/corpus/" + filepath.ToSlash(rel)
		contentType := "application/xml" // as many servers send it: no charset
		if strings.HasSuffix(name, ".html") {
			contentType = "text/html"
		}
		site.file(urlPath, contentType, body)
		sources = append(sources, site.url(urlPath))
		return nil
	})
	if err != nil {
		t.Fatal(err)
	}
	source := func(rel string) string { return site.url("/corpus/" + rel) }

	db := openTestDB(t)
	p, _ := newTestPipeline(t, db, func(c *Config, fc *fetch.Config) {
		c.Feeds, c.Workers = 4, 8
		// every handler answers at once; the bound is only against a hang, and
		// generous, since a loaded CI machine once took over a second (the
		// second run then fetched what the first had timed out on)
		fc.Transport = loopbackTransport{site: site, base: &http.Transport{ResponseHeaderTimeout: 30 * time.Second}}
	})
	rep := runPipeline(t, p, sources...)
	first := countsOf(rep)
	t.Logf("%d files: %s", len(sources), rep.Summary())
	for _, f := range rep.Failures {
		t.Log(f)
	}
	if first.Fetched+first.Failed != len(sources) || first.Unchanged != 0 {
		t.Errorf("%d files, but %d fetched + %d failed", len(sources), first.Fetched, first.Failed)
	}
	if first.New < 500 {
		t.Errorf("only %d articles stored from the corpus", first.New)
	}
	for _, f := range rep.Failures {
		if line := f.String(); strings.Contains(line, "\n") || !strings.HasPrefix(line, f.Source+": ") || f.Err == "" {
			t.Errorf("failure is not one clear line: %q", line)
		}
	}
	failed := map[string]bool{}
	for _, f := range rep.Failures {
		if f.URL == "" {
			failed[f.Source] = true
		}
	}
	for _, rel := range []string{"rss-parser/unrecognized.rss", "miniflux/encoding-testdata/utf8.html"} {
		if !failed[source(rel)] {
			t.Errorf("%s is not a feed but was not reported", rel)
		}
	}
	for _, rel := range []string{
		"rss-parser/guardian.rss", "rss-parser/heise.atom", "rss-parser/reddit.rss", "rss-parser/rss-1.rss",
		"rss-parser/uolNoticias.rss", "rss-parser/encoding.rss", "miniflux/parser-testdata/no_encoding_ISO-8859-1.xml",
		"miniflux/parser-testdata/encoding_WINDOWS-1251.xml", "miniflux/parser-testdata/large_rss.xml",
		"news-feed-snapshots/jmanuelbr_nytimes.xml", "feed-rs/fixture/rss1/rss_1.0_iso8859.xml",
	} {
		if failed[source(rel)] {
			t.Errorf("%s failed: %v", rel, failuresFor(rep, source(rel)))
		}
	}

	// legacy encodings came out as UTF-8: no replacement characters and no
	// UTF-8 read as Latin-1 in the titles of those feeds' articles
	for _, rel := range []string{"rss-parser/uolNoticias.rss", "rss-parser/encoding.rss",
		"miniflux/parser-testdata/no_encoding_ISO-8859-1.xml", "miniflux/parser-testdata/encoding_WINDOWS-1251.xml",
		"miniflux/parser-testdata/encoding_ISO-8859-1.xml"} {
		titles := queryStrings(t, db, `SELECT COALESCE(a.title, '') FROM articles a JOIN feed_articles fa ON fa.article_id = a.id
			JOIN feeds f ON f.id = fa.feed_id WHERE f.url = ?`, source(rel))
		if len(titles) == 0 {
			t.Errorf("%s: no articles", rel)
		}
		for _, title := range titles {
			if strings.ContainsRune(title, '\uFFFD') || strings.Contains(title, "Ã") {
				t.Errorf("%s: title badly decoded: %q", rel, title)
			}
		}
	}
	titles := queryStrings(t, db, "SELECT title FROM articles WHERE title LIKE 'La criminalit%'")
	if !slices.Contains(titles, "La criminalité liée surtout à... l'ennui ?") {
		t.Errorf("the ISO-8859-1 feed without declaration: titles %q", titles)
	}

	// the second run: every fetched feed answers 304, nothing is stored
	articles := count(t, db, "SELECT COUNT(*) FROM articles")
	rep = runPipeline(t, p, sources...)
	second := countsOf(rep)
	if second.Unchanged != first.Fetched || second.Failed != first.Failed || second.New != 0 || second.Updated != 0 {
		t.Errorf("second run: %+v after first run %+v", second, first)
	}
	if n := count(t, db, "SELECT COUNT(*) FROM articles"); n != articles {
		t.Errorf("second run changed the article count from %d to %d", articles, n)
	}
}
