package web

import (
	"context"
	"fmt"
	"html"
	"net/http"
	"path/filepath"
	"regexp"
	"strings"
	"testing"
	"time"

	"github.com/newsdesk/newsdesk/extract"
	"github.com/newsdesk/newsdesk/storage"
)

// mustPage is a GET of a page that must answer status with HTML.
func mustPage(t *testing.T, h http.Handler, target string, status int) string {
	t.Helper()
	r := get(t, h, target)
	if r.status != status {
		t.Fatalf("GET %s: %d, want %d\n%s", target, r.status, status, r.body)
	}
	if ct := r.header.Get("Content-Type"); ct != "text/html; charset=utf-8" {
		t.Fatalf("GET %s: Content-Type %q", target, ct)
	}
	if r.header.Get("Content-Security-Policy") != csp {
		t.Errorf("GET %s: CSP %q", target, r.header.Get("Content-Security-Policy"))
	}
	checkNothingFromOutside(t, target, r.body)
	return r.body
}

var resourceRE = regexp.MustCompile(`<(script|link|img|iframe|object|embed)\b[^>]*>`)

// checkNothingFromOutside fails when a page loads anything but its own
// files: newsrooms run this offline, and the CSP would block it anyway.
func checkNothingFromOutside(t *testing.T, target, body string) {
	t.Helper()
	for _, tag := range resourceRE.FindAllString(body, -1) {
		if !strings.Contains(tag, `="/static/`) {
			t.Errorf("GET %s loads something not ours: %s", target, tag)
		}
	}
	if strings.Contains(body, "style=") || strings.Contains(body, "<style") {
		t.Errorf("GET %s has inline style, which the CSP forbids", target)
	}
}

func TestSearchPage(t *testing.T) {
	s := newTestServer(t, Config{})
	body := mustPage(t, s, "/", http.StatusOK)
	if n := strings.Count(body, `<article class="quote"`); n != 12 {
		t.Errorf("front page shows %d quotes, want all 12 of the demo", n)
	}
	body = mustPage(t, s, "/?q=communiques", http.StatusOK)
	if n := strings.Count(body, `<article class="quote"`); n != 1 {
		t.Errorf("search shows %d quotes, want 1", n)
	}
	for _, want := range []string{
		`<mark>communiqués</mark>`,
		`<a href="/people/`, `>Ingrid Solberg</a>`, `Foreign Minister`, `(Norway)`,
		`Newsdesk Demo Wire: World`, `2026-11-17`,
		`href="https://demo.newsdesk.invalid/world/2026/11/17/oslo-sudan-talks"`,
		`value="communiques"`, // the search stays in the box
		`class="copy" data-citation="“But the people of Darfur cannot eat communiqués”, Ingrid Solberg, Foreign Minister (Norway), Newsdesk Demo Wire: World, 2026-11-17, https://demo.newsdesk.invalid/world/2026/11/17/oslo-sudan-talks"`,
	} {
		if !strings.Contains(body, want) {
			t.Errorf("search page lacks %s", want)
		}
	}
	// accents forgiven in the speaker filter; unknown parameters ignored
	body = mustPage(t, s, "/?speaker=vaitkiene&utm_source=newsletter", http.StatusOK)
	if n := strings.Count(body, `<article class="quote"`); n != 2 {
		t.Errorf("speaker filter shows %d quotes, want 2", n)
	}
	body = mustPage(t, s, "/?q=nothing+matches+this", http.StatusOK)
	if !strings.Contains(body, "No quotes match this search.") {
		t.Error("no message for an empty result")
	}
}

func TestSearchPageErrors(t *testing.T) {
	s := newTestServer(t, Config{})
	for target, says := range map[string]string{
		"/?q=%22left+the":                     "quotation mark",
		"/?since=last+week":                   "since",
		"/?country=Norway":                    "country",
		"/?cursor=forged":                     "cursor",
		"/?until=2026-11-01&since=2026-11-02": "before",
	} {
		body := mustPage(t, s, target, http.StatusBadRequest)
		if !strings.Contains(body, `<p class="error" role="alert">`) || !strings.Contains(body, says) {
			t.Errorf("%s: the page does not say %q", target, says)
		}
	}
}

func TestHostileTextIsText(t *testing.T) {
	s := newTestServer(t, Config{})
	var hostileID int64
	if err := openDemo(t).SQL().QueryRow("SELECT id FROM people WHERE name = ?", hostileSpeaker).Scan(&hostileID); err != nil {
		t.Fatal(err)
	}
	for _, target := range []string{"/", "/?q=silenced", "/?speaker=marsh", fmt.Sprintf("/people/%d", hostileID), "/figures"} {
		body := mustPage(t, s, target, http.StatusOK)
		for _, raw := range []string{hostileQuote, hostileSpeaker, hostileTitle, hostileHead, "<b>", "<i>", "<img", "onerror=\""} {
			if strings.Contains(body, raw) {
				t.Errorf("%s: %q comes out as markup", target, raw)
			}
		}
		if n := strings.Count(body, "<script"); n != 1 {
			t.Errorf("%s: %d script elements, want only ours", target, n)
		}
	}
	body := mustPage(t, s, "/?q=silenced", http.StatusOK)
	for _, want := range []string{"&lt;script&gt;document.title=", "Olek &lt;b&gt;Marsh&lt;/b&gt;", "Minister of &lt;i&gt;Truth&lt;/i&gt;",
		"&lt;img src=x onerror=alert(1)&gt;Harbour strike"} {
		if !strings.Contains(body, want) {
			t.Errorf("the hostile quote's page lacks the escaped %s", want)
		}
	}
	// the citation is an attribute value: escaped as one, whole once unescaped
	cite := regexp.MustCompile(`data-citation="([^"]*)"`).FindStringSubmatch(body)
	if cite == nil || !strings.Contains(html.UnescapeString(cite[1]), hostileQuote) {
		t.Errorf("citation attribute: %v", cite)
	}
}

func TestPersonPage(t *testing.T) {
	s := newTestServer(t, Config{})
	var id int64
	if err := openDemo(t).SQL().QueryRow("SELECT id FROM people WHERE name = 'Ingrid Solberg'").Scan(&id); err != nil {
		t.Fatal(err)
	}
	body := mustPage(t, s, fmt.Sprintf("/people/%d", id), http.StatusOK)
	for _, want := range []string{"<h1>Ingrid Solberg</h1>", "2 quotes", "<td>Foreign Minister</td><td>Norway</td>", "communiqués"} {
		if !strings.Contains(body, want) {
			t.Errorf("person page lacks %s", want)
		}
	}
	if n := strings.Count(body, `<article class="quote"`); n != 2 {
		t.Errorf("%d quotes on the person page", n)
	}
	mustPage(t, s, "/people/99999", http.StatusNotFound)
	mustPage(t, s, "/people/solberg", http.StatusBadRequest)
}

// manyQuotesDB is a database of 60 quotes by one speaker, for paging.
func manyQuotesDB(t *testing.T) *storage.DB {
	t.Helper()
	ctx := context.Background()
	path := filepath.Join(t.TempDir(), "many.db")
	w, err := storage.Open(ctx, path, storage.Options{})
	if err != nil {
		t.Fatal(err)
	}
	for i := range 20 {
		a := storage.Article{URL: fmt.Sprintf("https://x.invalid/%d", i), Title: fmt.Sprintf("Article %d", i), Body: fmt.Sprintf("Body %d.", i),
			Published: time.Date(2026, 11, 1+i, 9, 0, 0, 0, time.UTC)}
		res := &extract.Result{}
		for k := range 3 {
			res.Quotes = append(res.Quotes, extract.Quote{Text: fmt.Sprintf("Words %d-%d", i, k), Speaker: "Ada Lind",
				SpeakerKind: extract.SpeakerPerson, Rule: "t"})
		}
		if _, err := w.SaveArticle(ctx, a, res); err != nil {
			t.Fatal(err)
		}
	}
	w.Close()
	db, err := storage.OpenReadOnly(ctx, path)
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { db.Close() })
	return db
}

var nextRE = regexp.MustCompile(`<a href="([^"]*)" rel="next">`)

func TestPagesPaging(t *testing.T) {
	s := newTestServer(t, Config{DB: manyQuotesDB(t)})
	for _, start := range []string{"/?speaker=lind", "/people/1"} {
		seen := map[string]bool{}
		target := start
		for pages := 0; target != ""; pages++ {
			if pages > 10 {
				t.Fatal("paging does not end")
			}
			body := mustPage(t, s, target, http.StatusOK)
			for _, m := range regexp.MustCompile(`<blockquote><p>Words \d+-\d`).FindAllString(body, -1) {
				if seen[m] {
					t.Errorf("%s: %s shown twice", start, m)
				}
				seen[m] = true
			}
			if pages > 0 && !strings.Contains(body, "← Newest") {
				t.Errorf("%s: a later page has no link to the first", target)
			}
			target = ""
			if m := nextRE.FindStringSubmatch(body); m != nil {
				target = html.UnescapeString(m[1])
			}
		}
		if len(seen) != 60 {
			t.Errorf("%s: paging showed %d quotes, want 60", start, len(seen))
		}
	}
}

func TestFiguresPage(t *testing.T) {
	s := newTestServer(t, Config{})
	body := mustPage(t, s, "/figures", http.StatusOK)
	for _, want := range []string{"Death tolls by publication date", "Troop figures by publication date", "Troops by state",
		"<svg", "United States", "10,000 (1 figure)", "logarithmic scale", ">1M<", "Chile and Bolivia have sent rescue teams"} {
		if !strings.Contains(body, want) {
			t.Errorf("figures page lacks %q", want)
		}
	}
	dots := strings.Count(body, "<circle")
	var figures int
	if err := openDemo(t).SQL().QueryRow(`SELECT (SELECT COUNT(*) FROM troop_figures) + (SELECT COUNT(*) FROM death_tolls)`).Scan(&figures); err != nil {
		t.Fatal(err)
	}
	if dots != figures {
		t.Errorf("%d dots for %d figures", dots, figures)
	}
	body = mustPage(t, s, "/figures?kind=troops&country=td", http.StatusOK)
	if strings.Contains(body, "Death tolls by") || !strings.Contains(body, "Chad") || strings.Count(body, "<circle") != 1 {
		t.Error("troops of Chad: wrong charts")
	}
	body = mustPage(t, s, "/figures?kind=deaths&country=TD", http.StatusBadRequest)
	if !strings.Contains(body, "death tolls have no country") {
		t.Error("no message for deaths by country")
	}
	mustPage(t, s, "/figures?since=soon", http.StatusBadRequest)
}

func TestFeedsPage(t *testing.T) {
	s := newTestServer(t, Config{})
	body := mustPage(t, s, "/feeds", http.StatusOK)
	for _, want := range []string{"Newsdesk Demo Wire: World", "Newsdesk Demo Wire: Europe", `health-ok`, `health-new`, "never", " UTC"} {
		if !strings.Contains(body, want) {
			t.Errorf("feeds page lacks %q", want)
		}
	}
}

func TestOtherPaths(t *testing.T) {
	s := newTestServer(t, Config{})
	body := mustPage(t, s, "/no/such/page", http.StatusNotFound)
	if !strings.Contains(body, "There is no page at /no/such/page") {
		t.Error("404 page says nothing")
	}
	for path, ct := range map[string]string{"/static/style.css": "text/css", "/static/app.js": "text/javascript", "/static/icon.svg": "image/svg+xml"} {
		r := get(t, s, path)
		if r.status != 200 || !strings.HasPrefix(r.header.Get("Content-Type"), ct) {
			t.Errorf("%s: %d %s", path, r.status, r.header.Get("Content-Type"))
		}
	}
	if r := get(t, s, "/static/"); r.status != http.StatusNotFound {
		t.Errorf("/static/ lists files: %d", r.status)
	}
	if r := get(t, s, "/static/nope.css"); r.status != http.StatusNotFound {
		t.Errorf("missing file: %d", r.status)
	}
	if r := do(t, s, http.MethodPost, "/"); r.status != http.StatusMethodNotAllowed {
		t.Errorf("POST /: %d", r.status)
	}
}

func TestCitation(t *testing.T) {
	id := int64(3)
	q := storage.QuoteEntry{Text: "Nobody left\nthe room", Speaker: "Ingrid Solberg", SpeakerTitle: "Foreign Minister",
		SpeakerCountryName: "Norway", ArticleURL: "https://www.example.invalid/a", Published: "2026-11-17T14:05:00Z", PersonID: &id}
	tests := []struct {
		name string
		edit func(*storage.QuoteEntry)
		want string
	}{
		{"full", func(*storage.QuoteEntry) {}, "“Nobody left the room”, Ingrid Solberg, Foreign Minister (Norway), example.invalid, 2026-11-17, https://www.example.invalid/a"},
		{"feed title as outlet", func(q *storage.QuoteEntry) { q.FeedTitle = "Demo Wire" }, "“Nobody left the room”, Ingrid Solberg, Foreign Minister (Norway), Demo Wire, 2026-11-17, https://www.example.invalid/a"},
		{"organisation", func(q *storage.QuoteEntry) { q.SpeakerCountryName, q.Organization = "", "African Union" }, "“Nobody left the room”, Ingrid Solberg, Foreign Minister (African Union), example.invalid, 2026-11-17, https://www.example.invalid/a"},
		{"no title, no date", func(q *storage.QuoteEntry) { q.SpeakerTitle, q.Published = "", "" }, "“Nobody left the room”, Ingrid Solberg, Norway, example.invalid, https://www.example.invalid/a"},
	}
	for _, tt := range tests {
		c := q
		tt.edit(&c)
		if got := citation(c, outlet(c)); got != tt.want {
			t.Errorf("%s:\n got %s\nwant %s", tt.name, got, tt.want)
		}
	}
}
