package pipeline

import (
	"bytes"
	"context"
	"net/http"
	"slices"
	"strings"
	"testing"
	"time"

	"github.com/newsdesk/newsdesk/pipeline/fetch"
	"github.com/newsdesk/newsdesk/storage"
)

// serveTestWire puts the test wire of testdata/site on s: three feeds (RSS
// and Atom with ETags, a JSON Feed without validators) and the pages they
// link to, one of them also under an AMP path.
func serveTestWire(s *testSite) {
	read := func(name string) []byte { return mustRead("testdata/site/" + name) }
	s.file("/feeds/world.xml", "application/rss+xml", read("world.xml"))
	s.file("/feeds/africa.atom", "application/atom+xml", read("africa.atom"))
	s.plainFile("/feeds/briefs.json", "application/feed+json", read("briefs.json"))
	s.file("/pages/egypt-troops.html", "text/html; charset=utf-8", read("egypt-troops.html"))
	s.file("/amp/egypt-troops.html", "text/html; charset=utf-8", read("egypt-troops.html"))
	s.file("/pages/kenya-police.html", "text/html; charset=utf-8", read("kenya-police.html"))
}

func TestIngestEndToEnd(t *testing.T) {
	site := newTestSite(t)
	serveTestWire(site)
	db := openTestDB(t)
	// one feed at a time, so that which copy of a story is stored first (and
	// so its URL) does not depend on scheduling; TestSameStoryInTwoFeedsAtOnce
	// has the race
	p, log := newTestPipeline(t, db, func(c *Config, _ *fetch.Config) { c.Feeds = 1 })
	world, africa, briefs := site.url("/feeds/world.xml"), site.url("/feeds/africa.atom"), site.url("/feeds/briefs.json")
	egypt := site.url("/world/2026/11/24/egypt-troops")
	kenya := site.url("/world/2026/11/25/kenya-police-haiti")
	jeddah := site.url("/world/2026/11/25/jeddah-talks")

	rep := runPipeline(t, p, world, africa, briefs)
	// the Kenya page is in two feeds, the Egypt story under two URLs with
	// one canonical, the Jeddah text in two feeds: three articles, each
	// seen a second time
	checkCounts(t, rep, counts{Fetched: 3, New: 3, Same: 3})
	if rep.SourcesFailed() || len(rep.Failures) > 0 {
		t.Errorf("failures: %v\nlog:\n%s", rep.Failures, log)
	}

	// articles: canonical URLs, page metadata
	if got, want := queryStrings(t, db, "SELECT url FROM articles ORDER BY url"), []string{egypt, jeddah, kenya}; !slices.Equal(got, want) {
		t.Errorf("article URLs = %q, want %q", got, want)
	}
	var title, byline, published string
	if err := db.SQL().QueryRowContext(t.Context(), "SELECT title, byline, published FROM articles WHERE url = ?", egypt).
		Scan(&title, &byline, &published); err != nil {
		t.Fatal(err)
	}
	if title != "Egypt to send 1,200 troops to South Sudan mission" || byline != "Nadia Farouk" || published != "2026-11-24T09:00:00Z" {
		t.Errorf("Egypt article metadata = %q, %q, %q", title, byline, published)
	}
	body := queryStrings(t, db, "SELECT body FROM articles WHERE url = ?", egypt)[0]
	if !strings.HasPrefix(body, "CAIRO — Egypt will send") || strings.Contains(body, "More from World") || strings.Contains(body, "Sport") {
		t.Errorf("Egypt body is not the story alone:\n%s", body)
	}

	// each article is linked to every feed that carried it
	links := queryStrings(t, db, `SELECT a.url || ' <- ' || f.url FROM feed_articles fa JOIN articles a ON a.id = fa.article_id
		JOIN feeds f ON f.id = fa.feed_id ORDER BY 1`)
	wantLinks := []string{egypt + " <- " + africa, egypt + " <- " + world, jeddah + " <- " + briefs, jeddah + " <- " + world,
		kenya + " <- " + africa, kenya + " <- " + world}
	if !slices.Equal(links, wantLinks) {
		t.Errorf("links:\n%s\nwant:\n%s", strings.Join(links, "\n"), strings.Join(wantLinks, "\n"))
	}
	// the Kenya page was fetched once although two feeds link to it
	if n, _ := site.hitsOf("/pages/kenya-police.html"); n != 1 {
		t.Errorf("Kenya page fetched %d times, want 1", n)
	}

	// the records, linked
	officials := queryStrings(t, db, `SELECT p.name || ' | ' || o.title || ' | ' || COALESCE(o.country_code, '') || ' | ' || a.url
		FROM officials o JOIN people p ON p.id = o.person_id JOIN articles a ON a.id = o.article_id ORDER BY p.name`)
	for _, want := range []string{
		"Grace Wanjiru | Defence Minister | KE | " + kenya,
		"Karim Mansour | Foreign Minister | EG | " + egypt,
		"Louis Desrosiers | Prime Minister | HT | " + kenya,
	} {
		if !slices.Contains(officials, want) {
			t.Errorf("official %q missing; have:\n%s", want, strings.Join(officials, "\n"))
		}
	}
	quotes := queryStrings(t, db, `SELECT p.name || ' (' || o.title || ', ' || o.country_code || '): ' || q.text
		FROM quotes q JOIN officials o ON o.id = q.official_id JOIN people p ON p.id = q.speaker_person_id
		WHERE o.person_id = q.speaker_person_id AND o.article_id = q.article_id ORDER BY 1`)
	for _, want := range []string{
		"Grace Wanjiru (Defence Minister, KE): Our officers are ready, and they will go where the need is greatest",
		"Karim Mansour (Foreign Minister, EG): We will not stand aside while civilians are killed on our doorstep",
	} {
		if !slices.Contains(quotes, want) {
			t.Errorf("quote with linked speaker %q missing; have:\n%s", want, strings.Join(quotes, "\n"))
		}
	}
	countries := queryStrings(t, db, `SELECT ac.country_code FROM article_countries ac JOIN articles a ON a.id = ac.article_id
		WHERE a.url = ? ORDER BY 1`, egypt)
	if want := []string{"EG", "ET", "KE", "RW", "SD", "SS"}; !slices.Equal(countries, want) {
		t.Errorf("countries of the Egypt story = %q, want %q", countries, want)
	}
	troops := queryStrings(t, db, `SELECT t.count || ' ' || COALESCE(t.country_code, '-') || ' ' || COALESCE(t.unit, '')
		FROM troop_figures t JOIN articles a ON a.id = t.article_id WHERE a.url IN (?, ?) ORDER BY t.count`, egypt, kenya)
	if !slices.Contains(troops, "1200 EG troops") || !slices.Contains(troops, "800 KE police officers") {
		t.Errorf("troop figures = %q, want 1200 EG troops and 800 KE police officers", troops)
	}
	deaths := queryStrings(t, db, `SELECT a.url || ' ' || d.count FROM death_tolls d JOIN articles a ON a.id = d.article_id ORDER BY 1`)
	for _, want := range []string{egypt + " 43", jeddah + " 27", kenya + " 19"} {
		if !slices.Contains(deaths, want) {
			t.Errorf("death toll %q missing; have %q", want, deaths)
		}
	}
	records := count(t, db, `SELECT (SELECT COUNT(*) FROM officials) + (SELECT COUNT(*) FROM article_countries) +
		(SELECT COUNT(*) FROM quotes) + (SELECT COUNT(*) FROM troop_figures) + (SELECT COUNT(*) FROM death_tolls)`)
	if rep.Records != records {
		t.Errorf("report says %d records, the database holds %d", rep.Records, records)
	}

	// the feeds are registered with their validators and next due time
	for _, u := range []string{world, africa, briefs} {
		f, err := db.FeedByURL(t.Context(), u)
		if err != nil {
			t.Fatal(err)
		}
		if f.LastStatus != storage.FeedOK || f.ErrorCount != 0 || f.NextFetchAt.IsZero() {
			t.Errorf("feed %s: status %q, errors %d, next %v", u, f.LastStatus, f.ErrorCount, f.NextFetchAt)
		}
		if (f.ETag != "") != (u != briefs) {
			t.Errorf("feed %s: ETag %q", u, f.ETag)
		}
	}
	if f, _ := db.FeedByURL(t.Context(), world); f.Title != "Test Wire: World" {
		t.Errorf("world feed title = %q", f.Title)
	}

	// a second run: the feeds with validators answer 304 and cost nothing
	// else; the one without is read again and finds nothing new
	pagesBefore := pageHits(site)
	rep = runPipeline(t, p, world, africa, briefs)
	checkCounts(t, rep, counts{Fetched: 1, Unchanged: 2, Same: 1})
	for _, path := range []string{"/feeds/world.xml", "/feeds/africa.atom"} {
		if all, cond := site.hitsOf(path); all != 2 || cond != 1 {
			t.Errorf("%s: %d requests, %d conditional; want 2, 1", path, all, cond)
		}
	}
	if after := pageHits(site); after != pagesBefore {
		t.Errorf("second run fetched pages again: %d page requests, was %d", after, pagesBefore)
	}
	if n := count(t, db, "SELECT COUNT(*) FROM articles"); n != 3 {
		t.Errorf("%d articles after the second run, want 3", n)
	}
	if n := count(t, db, "SELECT COUNT(*) FROM feed_articles"); n != 6 {
		t.Errorf("%d feed links after the second run, want 6", n)
	}

	// a third run: the world feed changed the Jeddah story's text; it is
	// updated with its records, nothing else is touched
	v2 := bytes.Replace(mustRead("testdata/site/world.xml"), []byte("killed 27 people"), []byte("killed 31 people"), 1)
	site.file("/feeds/world.xml", "application/rss+xml", v2)
	rep = runPipeline(t, p, world, africa, briefs)
	checkCounts(t, rep, counts{Fetched: 2, Unchanged: 1, Updated: 1, Same: 3})
	deaths = queryStrings(t, db, `SELECT d.count FROM death_tolls d JOIN articles a ON a.id = d.article_id WHERE a.url = ?`, jeddah)
	if !slices.Equal(deaths, []string{"31"}) {
		t.Errorf("Jeddah death tolls after the update = %q, want [31]", deaths)
	}
	if n := count(t, db, "SELECT COUNT(*) FROM articles"); n != 3 {
		t.Errorf("%d articles after the update, want 3", n)
	}
}

// pageHits counts the requests for pages so far.
func pageHits(s *testSite) int {
	s.mu.Lock()
	defer s.mu.Unlock()
	n := 0
	for path, hits := range s.hits {
		if !strings.HasPrefix(path, "/feeds/") && path != "/robots.txt" {
			n += hits
		}
	}
	return n
}

// Two feeds carry the same page and are ingested at once; the page handler
// holds its answer until both feeds have been read, so that the second
// worker sees the URL while the first is still fetching it. The page is
// fetched and stored once and linked to both feeds.
func TestSameStoryInTwoFeedsAtOnce(t *testing.T) {
	site := newTestSite(t)
	feed := func(name, link string) []byte {
		return []byte(`<?xml version="1.0"?><rss version="2.0"><channel><title>` + name + `</title>
			<item><title>Kenya</title><link>` + link + `</link><guid>` + name + `-1</guid></item></channel></rss>`)
	}
	bothRead := make(chan struct{})
	var reads int
	for _, name := range []string{"a", "b"} {
		body := feed(name, "/pages/kenya-police.html?utm_source="+name)
		site.handle("/feeds/"+name+".xml", func(w http.ResponseWriter, r *http.Request) {
			site.mu.Lock()
			if reads++; reads == 2 {
				close(bothRead)
			}
			site.mu.Unlock()
			w.Header().Set("Content-Type", "application/rss+xml")
			w.Write(body)
		})
	}
	page := mustRead("testdata/site/kenya-police.html")
	site.handle("/pages/kenya-police.html", func(w http.ResponseWriter, r *http.Request) {
		select {
		case <-bothRead:
		case <-r.Context().Done():
			return
		}
		w.Header().Set("Content-Type", "text/html")
		w.Write(page)
	})
	db := openTestDB(t)
	p, _ := newTestPipeline(t, db, func(c *Config, _ *fetch.Config) { c.Feeds = 2 })
	rep := runPipeline(t, p, site.url("/feeds/a.xml"), site.url("/feeds/b.xml"))
	checkCounts(t, rep, counts{Fetched: 2, New: 1, Same: 1})
	if n, _ := site.hitsOf("/pages/kenya-police.html"); n != 1 {
		t.Errorf("page fetched %d times, want 1", n)
	}
	if n := count(t, db, "SELECT COUNT(*) FROM articles"); n != 1 {
		t.Errorf("%d articles, want 1", n)
	}
	if n := count(t, db, "SELECT COUNT(*) FROM feed_articles"); n != 2 {
		t.Errorf("%d feed links, want 2", n)
	}
}

// The demo of testdata/demo is local files: feeds and pages beside them.
func TestIngestLocalDemo(t *testing.T) {
	demo := func(name string) string { return "../testdata/demo/" + name }
	db := openTestDB(t)
	p, _ := newTestPipeline(t, db, nil)
	rep, err := p.Run(t.Context(), []string{demo("world.xml"), demo("wire.atom"), demo("briefs.json")})
	if err != nil {
		t.Fatal(err)
	}
	// one item of world.xml links to a page that is not there, on purpose
	got := countsOf(rep)
	if got.Fetched != 3 || got.Failed != 0 || got.New != 5 || got.ArticlesFailed != 1 {
		t.Errorf("first run: %+v, want 3 feeds fetched, 5 new articles, 1 failed", got)
	}
	if len(rep.Failures) != 1 || !strings.Contains(rep.Failures[0].String(), "missing-page.html") {
		t.Errorf("failures = %v, want the missing page", rep.Failures)
	}
	if rep.SourcesFailed() {
		t.Error("a missing page made the run partial")
	}
	rep, err = p.Run(t.Context(), []string{demo("world.xml"), demo("wire.atom"), demo("briefs.json")})
	if err != nil {
		t.Fatal(err)
	}
	if got := countsOf(rep); got.New != 0 || got.Updated != 0 {
		t.Errorf("second run stored again: %+v", got)
	}
	// local feeds are registered under their absolute paths
	feeds, err := db.Feeds(t.Context())
	if err != nil {
		t.Fatal(err)
	}
	for _, f := range feeds {
		if !strings.HasPrefix(f.URL, "/") || f.LastStatus != storage.FeedOK {
			t.Errorf("feed %q: status %q", f.URL, f.LastStatus)
		}
	}
}

func TestRunStopsWhenCancelled(t *testing.T) {
	site := newTestSite(t)
	serveTestWire(site)
	db := openTestDB(t)
	p, _ := newTestPipeline(t, db, nil)
	ctx, cancel := context.WithCancel(t.Context())
	cancel()
	rep, err := p.Run(ctx, []string{site.url("/feeds/world.xml")})
	if err == nil {
		t.Fatal("Run with a cancelled context returned no error")
	}
	if rep == nil || rep.FeedsFailed != 0 || len(rep.Failures) != 0 {
		t.Errorf("a stopped run reported failures: %+v", rep)
	}
	// nothing was recorded: the feed is still due, with no validators
	if f, err := db.FeedByURL(t.Context(), site.url("/feeds/world.xml")); err == nil && (f.ETag != "" || f.ErrorCount != 0) {
		t.Errorf("stopped run recorded the feed: %+v", f)
	}
}

func TestNextDue(t *testing.T) {
	p := &Pipeline{cfg: Config{Interval: 30 * time.Minute, MaxBackoff: 24 * time.Hour}}
	now := time.Date(2026, 11, 25, 12, 0, 0, 0, time.UTC)
	for _, tc := range []struct {
		maxAge time.Duration
		want   time.Duration
	}{
		{0, 30 * time.Minute},
		{5 * time.Minute, 30 * time.Minute}, // the interval is the least
		{2 * time.Hour, 2 * time.Hour},      // a longer max-age is honoured
		{240 * time.Hour, 24 * time.Hour},   // up to MaxBackoff
	} {
		if got := p.nextDue(now, tc.maxAge).Sub(now); got != tc.want {
			t.Errorf("max-age %v: next due after %v, want %v", tc.maxAge, got, tc.want)
		}
	}
}

// A run stopped half-way (a signal, say) stores only whole articles, does
// not record the feed's new validators, and the next run fetches the whole
// feed again and stores the rest, nothing twice.
func TestStoppedRunThenNextRun(t *testing.T) {
	site := newTestSite(t)
	serveTestWire(site)
	ctx, stop := context.WithCancel(t.Context())
	defer stop()
	page := mustRead("testdata/site/kenya-police.html")
	site.handle("/pages/kenya-police.html", func(w http.ResponseWriter, r *http.Request) {
		stop() // the run is stopped while this page is in flight
		w.Header().Set("Content-Type", "text/html")
		w.Write(page)
	})
	db := openTestDB(t)
	p, _ := newTestPipeline(t, db, nil)
	world := site.url("/feeds/world.xml")
	rep, err := p.Run(ctx, []string{world})
	if err == nil {
		t.Fatalf("stopped run returned no error: %s", rep.Summary())
	}
	if len(rep.Failures) != 0 {
		t.Errorf("a stopped run reported failures: %v", rep.Failures)
	}
	if f, err := db.FeedByURL(t.Context(), world); err == nil && (f.ETag != "" || f.LastStatus != "") {
		t.Errorf("stopped run recorded the fetch: %+v", f)
	}
	checkWhole := func() {
		t.Helper()
		if n := count(t, db, `SELECT COUNT(*) FROM articles a WHERE NOT EXISTS (SELECT 1 FROM article_countries c WHERE c.article_id = a.id)`); n != 0 {
			t.Errorf("%d articles stored without their records", n)
		}
	}
	checkWhole()

	rep = runPipeline(t, p, world)
	if got := countsOf(rep); got.Fetched != 1 || got.Failed != 0 || got.ArticlesFailed != 0 {
		t.Errorf("next run: %+v %v", got, rep.Failures)
	}
	if _, cond := site.hitsOf("/feeds/world.xml"); cond != 0 {
		t.Errorf("the next run fetched the feed conditionally")
	}
	if n := count(t, db, "SELECT COUNT(*) FROM articles"); n != 3 {
		t.Errorf("%d articles after the next run, want 3", n)
	}
	checkWhole()
}
