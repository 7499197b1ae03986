package pipeline

import (
	"fmt"
	"net/http"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/newsdesk/newsdesk/pipeline/fetch"
)

// storyPage is an article page with a marker word, so that a test can
// see which pages were stored.
func storyPage(marker string) []byte {
	return fmt.Appendf(nil, `<!DOCTYPE html><html><head><title>%[1]s</title></head><body><article>
<h1>%[1]s</h1><p>The %[1]s council met on Tuesday to discuss the harbour budget, officials said.</p>
<p>Members voted to keep the ferry running through the winter months and to review fares in spring.</p>
<p>The next meeting is planned for March, when the accounts of the year are due.</p></article></body></html>`, marker)
}

func rssOf(links ...string) []byte {
	var b strings.Builder
	b.WriteString(`<?xml version="1.0"?><rss version="2.0"><channel><title>Hostile</title>`)
	for i, l := range links {
		fmt.Fprintf(&b, "<item><title>item %d</title><guid isPermaLink=\"false\">g%d</guid><link>%s</link></item>", i, i, htmlEscape(l))
	}
	b.WriteString(`</channel></rss>`)
	return []byte(b.String())
}

func htmlEscape(s string) string {
	return strings.NewReplacer("&", "&amp;", "<", "&lt;", ">", "&gt;").Replace(s)
}

// TestRemoteFeedCannotReachLocalFilesOrPrivateAddresses: the items of a
// feed fetched over HTTP may link only to http(s) pages, and only on public
// addresses or the feed's own host. Each refused link is a failed item with
// a clear reason; the good item of the same feed is stored.
func TestRemoteFeedCannotReachLocalFilesOrPrivateAddresses(t *testing.T) {
	secretDir := t.TempDir()
	secretFile := filepath.Join(secretDir, "secret.html")
	if err := os.WriteFile(secretFile, storyPage("secretfile"), 0o600); err != nil {
		t.Fatal(err)
	}
	private := newTestSite(t) // another host on the operator's network
	private.file("/admin", "text/html", storyPage("privatehost"))
	privateByName := strings.Replace(private.URL, "127.0.0.1", "localhost", 1)

	site := newTestSite(t)
	site.file("/story", "text/html", storyPage("goodstory"))
	site.handle("/hop", func(w http.ResponseWriter, r *http.Request) {
		http.Redirect(w, r, privateByName+"/admin", http.StatusFound)
	})
	refused := map[string]string{ // link → what its failure line says
		"file://" + filepath.ToSlash(secretFile):  "may link only to http or https",
		"javascript:alert(1)":                     "may link only to http or https",
		"data:text/html,<p>secretdata</p>":        "may link only to http or https",
		privateByName + "/admin":                  "non-public address",
		site.url("/hop"):                          "non-public address",
		"http://169.254.169.254/latest/meta-data": "non-public address",
	}
	links := []string{site.url("/story")}
	for l := range refused {
		links = append(links, l)
	}
	site.file("/feed.xml", "application/rss+xml", rssOf(links...))

	db := openTestDB(t)
	p, log := newTestPipeline(t, db, nil)
	rep := runPipeline(t, p, site.url("/feed.xml"))
	checkCounts(t, rep, counts{Fetched: 1, New: 1, ArticlesFailed: len(refused)})
	failures := strings.Join(failuresFor(rep, site.url("/feed.xml")), "\n")
	for link, why := range refused {
		if !strings.Contains(failures, why) {
			t.Errorf("no failure saying %q for %s in:\n%s", why, link, failures)
		}
	}
	if n := count(t, db, `SELECT COUNT(*) FROM articles WHERE body LIKE '%secret%' OR body LIKE '%privatehost%'`); n != 0 {
		t.Errorf("%d articles hold text they should never have read", n)
	}
	if all, _ := private.hitsOf("/admin"); all != 0 {
		t.Errorf("the private host was reached %d times", all)
	}
	if !strings.Contains(log.String(), "article skipped") {
		t.Errorf("no log line for the refused items:\n%s", log)
	}

	// the operator may let links reach private addresses
	db2 := openTestDB(t)
	p2, _ := newTestPipeline(t, db2, func(_ *Config, fc *fetch.Config) { fc.AllowPrivateNetwork = true })
	rep = runPipeline(t, p2, site.url("/feed.xml"))
	if got := countsOf(rep).New; got != 2 { // the story and the private host's page; /hop lands on the same page
		t.Errorf("with AllowPrivateNetwork: %d new articles, want 2; failures: %v", got, rep.Failures)
	}
}

// TestLocalFeedLinksStayInItsFolder: a local feed's items may read files
// in the feed's folder and below, never above it or elsewhere.
func TestLocalFeedLinksStayInItsFolder(t *testing.T) {
	top := t.TempDir()
	dir := filepath.Join(top, "feeds")
	if err := os.MkdirAll(filepath.Join(dir, "pages"), 0o755); err != nil {
		t.Fatal(err)
	}
	must := func(err error) {
		t.Helper()
		if err != nil {
			t.Fatal(err)
		}
	}
	must(os.WriteFile(filepath.Join(dir, "pages", "good.html"), storyPage("goodpage"), 0o644))
	must(os.WriteFile(filepath.Join(top, "secret.html"), storyPage("secretabove"), 0o600))
	links := []string{
		"pages/good.html",
		"../secret.html",
		"pages/../../secret.html",
		"file://" + filepath.ToSlash(filepath.Join(top, "secret.html")),
		filepath.Join(top, "secret.html"),
		"javascript:alert(1)",
	}
	feed := filepath.Join(dir, "feed.xml")
	must(os.WriteFile(feed, rssOf(links...), 0o644))

	db := openTestDB(t)
	p, _ := newTestPipeline(t, db, nil)
	rep := runPipeline(t, p, feed)
	checkCounts(t, rep, counts{Fetched: 1, New: 1, ArticlesFailed: len(links) - 1})
	for _, f := range failuresFor(rep, feed) {
		if !strings.Contains(f, "refusing link") {
			t.Errorf("failure without the refusal: %s", f)
		}
	}
	if n := count(t, db, `SELECT COUNT(*) FROM articles WHERE body LIKE '%secretabove%'`); n != 0 {
		t.Error("a file above the feed's folder was stored")
	}
}

// TestLocalFilesObeyTheSizeCap: a local feed or page larger than
// MaxFileBytes is refused before it is read, as a download would be.
func TestLocalFilesObeyTheSizeCap(t *testing.T) {
	dir := t.TempDir()
	big := filepath.Join(dir, "big.xml")
	body := rssOf("pages/a.html")
	body = append(body[:len(body)-len("</channel></rss>")], []byte("<!-- "+strings.Repeat("x", 2<<20)+" --></channel></rss>")...)
	if err := os.WriteFile(big, body, 0o644); err != nil {
		t.Fatal(err)
	}
	small := filepath.Join(dir, "small.xml")
	if err := os.WriteFile(small, rssOf("pages/big.html"), 0o644); err != nil {
		t.Fatal(err)
	}
	if err := os.MkdirAll(filepath.Join(dir, "pages"), 0o755); err != nil {
		t.Fatal(err)
	}
	page := append(storyPage("bigpage"), []byte(strings.Repeat(" ", 2<<20))...)
	if err := os.WriteFile(filepath.Join(dir, "pages", "big.html"), page, 0o644); err != nil {
		t.Fatal(err)
	}
	db := openTestDB(t)
	p, _ := newTestPipeline(t, db, func(c *Config, _ *fetch.Config) { c.MaxFileBytes = 1 << 20 })
	rep, _ := p.Run(t.Context(), []string{big, small})
	checkCounts(t, rep, counts{Fetched: 1, Failed: 1, ArticlesFailed: 1})
	for _, src := range []string{big, small} {
		f := strings.Join(failuresFor(rep, src), "\n")
		if !strings.Contains(f, "file too large") || !strings.Contains(f, "limit") {
			t.Errorf("%s: failure does not name the size limit: %q", src, f)
		}
	}
}

// TestHostileDocumentsAreReadSafely: entity expansion, a 10 MB line and
// names with bidi and zero-width characters are read without blowing up,
// and the rest of the run goes on.
func TestHostileDocumentsAreReadSafely(t *testing.T) {
	dir := t.TempDir()
	write := func(name string, body []byte) string {
		t.Helper()
		path := filepath.Join(dir, name)
		if err := os.WriteFile(path, body, 0o644); err != nil {
			t.Fatal(err)
		}
		return path
	}
	// "billion laughs": ten levels of tenfold entities
	var ents strings.Builder
	ents.WriteString(`<!ENTITY l0 "lol">`)
	for i := 1; i < 10; i++ {
		fmt.Fprintf(&ents, `<!ENTITY l%d "%s">`, i, strings.Repeat(fmt.Sprintf("&l%d;", i-1), 10))
	}
	laughs := write("laughs.xml", fmt.Appendf(nil, `<?xml version="1.0"?><!DOCTYPE rss [%s]><rss version="2.0"><channel>
<title>&l9;</title><item><title>&l9;</title><guid>laughs-1</guid><description>&l9;</description></item></channel></rss>`, ents.String()))

	line := strings.Repeat("The harbour council met again on Tuesday and voted on the ferry budget. ", 10<<20/72)
	longLine := write("longline.json", fmt.Appendf(nil, `{"version":"https://jsonfeed.org/version/1.1","title":"Long","items":[{"id":"long-1","content_text":%q}]}`, line))

	names := "Foreign Minister Ingrid Sol\u200bberg said the talks would go on. The \u202eenvoy\u202c, Tomas Ber\u00adgh, said \u201cwe are not done\u201d. " +
		strings.Repeat("Officials from both sides met again in the afternoon to go over the text of the draft. ", 6)
	bidi := write("bidi.json", fmt.Appendf(nil, `{"version":"https://jsonfeed.org/version/1.1","title":"Bidi","items":[{"id":"bidi-1","content_text":%q}]}`, names))

	db := openTestDB(t)
	p, _ := newTestPipeline(t, db, func(c *Config, _ *fetch.Config) { c.MaxFileBytes = 32 << 20 })
	rep := runPipeline(t, p, laughs, longLine, bidi)
	if c := countsOf(rep); c.Failed+c.Fetched != 3 || c.New < 2 {
		t.Errorf("counts %+v, failures %v: want every feed read or refused, and the long line and bidi items stored", c, rep.Failures)
	}
	if n := count(t, db, `SELECT COALESCE(MAX(length(title) + length(body)), 0) FROM articles`); n > 12<<20 {
		t.Errorf("an article of %d characters: entities were expanded", n)
	}
	if n := count(t, db, `SELECT COUNT(*) FROM articles WHERE length(body) >= 10000000`); n != 1 {
		t.Errorf("the 10 MB line was not stored whole (%d articles)", n)
	}
}
