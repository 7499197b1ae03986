package storage_test

import (
	"context"
	"strings"
	"testing"
	"time"

	"github.com/newsdesk/newsdesk/extract"
	"github.com/newsdesk/newsdesk/storage"
)

func TestSaveArticleStoresLinkedRecords(t *testing.T) {
	ctx := context.Background()
	db := openTest(t)
	s, err := db.SaveArticle(ctx, article("https://x.invalid/a", "g1", "https://x.invalid/feed", "Body A."), sampleResult())
	if err != nil {
		t.Fatal(err)
	}
	if !s.New || s.Updated || s.Records != 2+2+3+1+1 {
		t.Errorf("Saved = %+v", s)
	}
	for table, want := range map[string]int{"articles": 1, "people": 2, "officials": 2, "article_countries": 2,
		"quotes": 3, "troop_figures": 1, "death_tolls": 1, "feeds": 1, "feed_articles": 1} {
		if n := count(t, db, "SELECT COUNT(*) FROM "+table); n != want {
			t.Errorf("%s: %d rows, want %d", table, n, want)
		}
	}
	// quote -> speaker -> role -> country -> article, without guessing
	var speaker, title, country, countryName, articleTitle, version string
	if err := db.SQL().QueryRow(`SELECT p.name, o.title, c.code, c.name, a.title, q.extractor_version
		FROM quotes q JOIN people p ON p.id = q.speaker_person_id JOIN officials o ON o.id = q.official_id
		JOIN countries c ON c.code = o.country_code JOIN articles a ON a.id = q.article_id
		WHERE q.text LIKE 'We will not%'`).Scan(&speaker, &title, &country, &countryName, &articleTitle, &version); err != nil {
		t.Fatal(err)
	}
	if speaker != "Recep Tayyip Erdoğan" || title != "President" || country != "TR" || countryName != "Turkey" ||
		articleTitle != "Title of https://x.invalid/a" || version != extract.Version {
		t.Errorf("joined quote: %q %q %q %q %q %q", speaker, title, country, countryName, articleTitle, version)
	}
	// a body speaks without a person
	if n := count(t, db, "SELECT COUNT(*) FROM quotes WHERE speaker_kind = 'body' AND speaker_person_id IS NULL AND official_id IS NULL"); n != 1 {
		t.Errorf("body quotes: %d, want 1", n)
	}
	for _, table := range []string{"officials", "quotes", "troop_figures", "death_tolls"} {
		if n := count(t, db, "SELECT COUNT(*) FROM "+table+" WHERE extractor_version != ?", extract.Version); n != 0 {
			t.Errorf("%s: %d records without the extractor version", table, n)
		}
	}
}

// A failure part way through leaves nothing of the article behind.
func TestSaveArticleIsOneTransaction(t *testing.T) {
	ctx := context.Background()
	db := openTest(t)
	trigger := "CREATE TRIGGER fail AFTER INSERT ON death_tolls BEGIN SELECT RAISE(ABORT, 'disk on fire'); END"
	if storage.OnPostgres() {
		if _, err := db.SQL().Exec(`CREATE FUNCTION fail() RETURNS trigger LANGUAGE plpgsql AS
			$f$ BEGIN RAISE EXCEPTION 'disk on fire'; END $f$`); err != nil {
			t.Fatal(err)
		}
		trigger = "CREATE TRIGGER fail AFTER INSERT ON death_tolls FOR EACH ROW EXECUTE FUNCTION fail()"
	}
	if _, err := db.SQL().Exec(trigger); err != nil {
		t.Fatal(err)
	}
	_, err := db.SaveArticle(ctx, article("https://x.invalid/a", "g1", "https://x.invalid/feed", "Body A."), sampleResult())
	if err == nil || !strings.HasPrefix(err.Error(), "storage: ") || !strings.Contains(err.Error(), "disk on fire") {
		t.Fatalf("err = %v, want the trigger's failure", err)
	}
	tables := []string{"articles", "people", "officials", "quotes", "troop_figures", "feeds", "feed_articles"}
	if !storage.OnPostgres() {
		tables = append(tables, "quotes_fts", "articles_fts")
	}
	for _, table := range tables {
		if n := count(t, db, "SELECT COUNT(*) FROM "+table); n != 0 {
			t.Errorf("%s: %d rows left by a failed save", table, n)
		}
	}
	// a batch fails whole too
	_, err = db.SaveArticles(ctx, []storage.Article{article("https://x.invalid/b", "", "", "B."), article("https://x.invalid/c", "", "", "C.")},
		[]*extract.Result{{}, sampleResult()})
	if err == nil {
		t.Fatal("batch with a failing article saved")
	}
	if n := count(t, db, "SELECT COUNT(*) FROM articles"); n != 0 {
		t.Errorf("failed batch left %d articles", n)
	}
}

func TestSaveArticleUpdatesChangedText(t *testing.T) {
	ctx := context.Background()
	db := openTest(t)
	a := article("https://x.invalid/a", "g1", "https://x.invalid/feed", "First version.")
	first, err := db.SaveArticle(ctx, a, sampleResult())
	if err != nil {
		t.Fatal(err)
	}
	// the same text again: nothing changes
	again, err := db.SaveArticle(ctx, a, sampleResult())
	if err != nil || again.New || again.Updated || again.ArticleID != first.ArticleID {
		t.Fatalf("same text again: %+v, %v", again, err)
	}
	// new text, fewer records, no date: records replaced, date kept
	a.Body = "Second version, corrected."
	a.Published = time.Time{}
	res := sampleResult()
	res.Quotes = res.Quotes[1:]
	res.Officials = res.Officials[1:]
	upd, err := db.SaveArticle(ctx, a, res)
	if err != nil || !upd.Updated || upd.ArticleID != first.ArticleID {
		t.Fatalf("changed text: %+v, %v", upd, err)
	}
	if n := count(t, db, "SELECT COUNT(*) FROM quotes"); n != 2 {
		t.Errorf("quotes after update: %d, want 2", n)
	}
	if n := count(t, db, "SELECT COUNT(*) FROM people WHERE name LIKE 'Recep%'"); n != 0 {
		t.Error("a person with no records left was kept")
	}
	var body, published string
	db.SQL().QueryRow("SELECT body, published FROM articles WHERE id = ?", first.ArticleID).Scan(&body, &published)
	if body != a.Body || published != "2026-11-17T12:00:00Z" {
		t.Errorf("after update: body %q, published %q", body, published)
	}
	checkFTS(t, db)
}

func TestSaveArticleDedupes(t *testing.T) {
	ctx := context.Background()
	const feed, other = "https://x.invalid/feed", "https://y.invalid/feed"
	tests := []struct {
		name    string
		second  storage.Article
		same    bool // stored as the first article
		updated bool
	}{
		{"same URL", article("https://x.invalid/a", "", other, "Body A."), true, false},
		{"same GUID in the same feed", article("https://x.invalid/a-moved", "g1", feed, "Body A."), true, false},
		{"same GUID in the same feed, new text", article("https://x.invalid/a-moved", "g1", feed, "Body A, updated."), true, true},
		{"same GUID in another feed", article("https://y.invalid/1", "g1", other, "Another story."), false, false},
		{"same text under another URL", article("https://mirror.invalid/a", "zz", other, "Body A."), true, false},
		{"different story", article("https://x.invalid/b", "g2", feed, "Body B."), false, false},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			db := openTest(t)
			first, err := db.SaveArticle(ctx, article("https://x.invalid/a", "g1", feed, "Body A."), sampleResult())
			if err != nil {
				t.Fatal(err)
			}
			s, err := db.SaveArticle(ctx, tt.second, sampleResult())
			if err != nil {
				t.Fatal(err)
			}
			if (s.ArticleID == first.ArticleID) != tt.same || s.New == tt.same || s.Updated != tt.updated {
				t.Errorf("Saved = %+v (first %d), want same=%v updated=%v", s, first.ArticleID, tt.same, tt.updated)
			}
			want := 1
			if !tt.same {
				want = 2
			}
			if n := count(t, db, "SELECT COUNT(*) FROM articles"); n != want {
				t.Errorf("%d articles, want %d", n, want)
			}
			// a copy seen in another feed is linked to it
			if tt.same && tt.second.FeedURL == other {
				if n := count(t, db, `SELECT COUNT(*) FROM feed_articles fa JOIN feeds f ON f.id = fa.feed_id
					WHERE f.url = ? AND fa.article_id = ?`, other, first.ArticleID); n != 1 {
					t.Error("copy not linked to its feed")
				}
			}
		})
	}
}

func TestSaveArticlesBatch(t *testing.T) {
	ctx := context.Background()
	db := openTest(t)
	arts := []storage.Article{article("https://x.invalid/1", "", "f", "One."), article("https://x.invalid/2", "", "f", "Two."),
		article("https://x.invalid/1", "", "f", "One.")}
	saved, err := db.SaveArticles(ctx, arts, []*extract.Result{sampleResult(), {}, sampleResult()})
	if err != nil {
		t.Fatal(err)
	}
	if !saved[0].New || !saved[1].New || saved[2].New || saved[2].ArticleID != saved[0].ArticleID {
		t.Errorf("batch: %+v", saved)
	}
	if _, err := db.SaveArticles(ctx, arts, nil); err == nil {
		t.Error("mismatched lengths accepted")
	}
}

// An official the extractor names twice (same person, two roles) is stored
// once, and the quote links to the stored role.
func TestSaveArticleOneRolePerPerson(t *testing.T) {
	ctx := context.Background()
	db := openTest(t)
	res := sampleResult()
	res.Officials = append(res.Officials, extract.Official{Name: "recep tayyip erdoğan", Title: "party leader", Rule: "test"})
	s, err := db.SaveArticle(ctx, article("https://x.invalid/a", "", "", "A."), res)
	if err != nil {
		t.Fatal(err)
	}
	if s.Records != 9 {
		t.Errorf("Records = %d, want 9 (the repeated person not counted)", s.Records)
	}
	if n := count(t, db, `SELECT COUNT(*) FROM quotes q JOIN officials o ON o.id = q.official_id
		WHERE o.person_id = q.speaker_person_id`); n != 2 {
		t.Errorf("%d quotes linked to their speaker's role, want 2", n)
	}
}

// A country code the gazetteer lacks costs the name, not the article.
func TestSaveArticleUnknownCountry(t *testing.T) {
	ctx := context.Background()
	db := openTest(t)
	res := &extract.Result{Troops: []extract.Troops{{Count: 10, Country: "QQ", Evidence: "e", Rule: "r"}}}
	if _, err := db.SaveArticle(ctx, article("https://x.invalid/a", "", "", "A."), res); err != nil {
		t.Fatal(err)
	}
	if n := count(t, db, "SELECT COUNT(*) FROM v_troops WHERE country = 'QQ'"); n != 1 {
		t.Error("troop figure with an unknown country lost")
	}
}

func TestSaveArticleNeedsURL(t *testing.T) {
	db := openTest(t)
	_, err := db.SaveArticle(context.Background(), storage.Article{Body: "x"}, nil)
	if err == nil || !strings.HasPrefix(err.Error(), "storage: ") {
		t.Errorf("err = %v", err)
	}
}

// FindArticle only reads; LinkArticle links an article found in another feed.
func TestFindArticleThenLink(t *testing.T) {
	ctx := context.Background()
	db := openTest(t)
	if ref, err := db.FindArticle(ctx, "https://x.invalid/a", "g1", "https://x.invalid/feed-a"); err != nil || ref.ID != 0 {
		t.Fatalf("before saving: %+v, %v", ref, err)
	}
	s, err := db.SaveArticle(ctx, article("https://x.invalid/a", "g1", "https://x.invalid/feed-a", "Body a."), sampleResult())
	if err != nil {
		t.Fatal(err)
	}
	ref, err := db.FindArticle(ctx, "https://x.invalid/a", "g1", "https://x.invalid/feed-b")
	if err != nil || ref.ID != s.ArticleID || ref.Linked {
		t.Fatalf("in another feed: %+v, %v; want id %d, unlinked", ref, err, s.ArticleID)
	}
	if n := count(t, db, "SELECT COUNT(*) FROM feed_articles"); n != 1 {
		t.Fatalf("FindArticle wrote: %d feed links, want 1", n)
	}
	if err := db.LinkArticle(ctx, ref.ID, "g9", "https://x.invalid/feed-b"); err != nil {
		t.Fatal(err)
	}
	ref, err = db.FindArticle(ctx, "https://x.invalid/elsewhere", "g9", "https://x.invalid/feed-b")
	if err != nil || ref.ID != s.ArticleID || !ref.Linked {
		t.Fatalf("by the new feed's guid: %+v, %v; want id %d, linked", ref, err, s.ArticleID)
	}
}
