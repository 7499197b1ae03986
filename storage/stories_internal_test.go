package storage

import (
	"context"
	"database/sql"
	"path/filepath"
	"slices"
	"strings"
	"testing"

	"github.com/newsdesk/newsdesk/extract"
)

func tollOf(n int64, cumulative bool) *extract.Result {
	return &extract.Result{Deaths: []extract.Deaths{{Count: n, Cumulative: cumulative, Evidence: "toll", Rule: "test"}}}
}

// Wire copy re-headlined and trimmed shares its story; the story's latest
// running toll is counted once.
func TestStoriesAndTheirTolls(t *testing.T) {
	ctx := context.Background()
	db := openCross(t)
	full := storyText("Arequipa", 30)
	trimmed := strings.Join(strings.SplitAfter(full, ". ")[:20], "")
	a := saveAt(t, db, "https://wire.invalid/quake", day(16), full, tollOf(63, true))
	b := saveAt(t, db, "https://courier.invalid/peru-quake-toll-rises", day(17), trimmed, tollOf(71, true))
	c := saveAt(t, db, "https://post.invalid/fisheries", day(17), otherStory(30), tollOf(5, false))
	checkCross(t, db)
	story := func(id int64) int64 { return queryInt(t, db, "SELECT story_id FROM articles WHERE id = ?", id) }
	if story(a) != story(b) || story(a) == story(c) {
		t.Errorf("stories %d %d %d: want the first two the same, the third apart", story(a), story(b), story(c))
	}
	if got := queryList(t, db, "SELECT count || ':' || story_articles FROM v_story_tolls"); !slices.Equal(got, []string{"71:2"}) {
		t.Errorf("v_story_tolls %q, want the latest running toll of the two-article story", got)
	}
	if got := queryInt(t, db, "SELECT SUM(count) FROM (SELECT story_id, MAX(count) AS count FROM v_deaths GROUP BY story_id) s"); got != 76 {
		t.Errorf("tolls counted once per story: %d, want 76", got)
	}
	if got := queryStr(t, db, "SELECT title FROM stories WHERE id = ?", story(a)); got != "Title of https://wire.invalid/quake" {
		t.Errorf("story title %q", got)
	}
	// the copy's text changes into another story: it leaves
	if _, err := db.SaveArticle(ctx, Article{URL: "https://courier.invalid/peru-quake-toll-rises", Body: otherStory(25) + " Updated."}, tollOf(71, true)); err != nil {
		t.Fatal(err)
	}
	checkCross(t, db)
	if story(a) == story(b) {
		t.Error("the changed article kept its old story")
	}
}

// A database of schema version 2 with records is migrated, and its
// clusters, links, aliases and stories are built once.
func TestMigrationBuildsCrossArticleRecords(t *testing.T) {
	SkipOnPostgres(t) // builds an SQLite file of the older schema
	path := filepath.Join(t.TempDir(), "v2.db")
	raw, err := sql.Open("sqlite", path)
	if err != nil {
		t.Fatal(err)
	}
	if _, err := raw.Exec(migrations[0] + ";" + migrations[1] + "; PRAGMA user_version = 2"); err != nil {
		t.Fatal(err)
	}
	full := storyText("Arequipa", 20)
	for i, stmt := range []string{
		`INSERT INTO countries(code, name) VALUES ('PE', 'Peru')`,
		`INSERT INTO articles(id, url, title, published, body, content_hash, fetched_at, extractor_version)
			VALUES (1, 'https://wire.invalid/1', 'Quake', '2026-11-16T09:00:00Z', ?, 'h1', 'now', 'old')`,
		`INSERT INTO articles(id, url, title, published, body, content_hash, fetched_at, extractor_version)
			VALUES (2, 'https://www.courier.invalid/2', 'Quake toll', '2026-11-17T09:00:00Z', ?, 'h2', 'now', 'old')`,
		`INSERT INTO people(id, name, name_key) VALUES (1, 'Julio Cárdenas', 'julio cardenas'), (2, 'Cárdenas', 'cardenas')`,
		`INSERT INTO officials(id, article_id, person_id, title, country_code, rule, extractor_version)
			VALUES (1, 1, 1, 'President', 'PE', 'r', 'old'), (2, 2, 2, 'President', 'PE', 'r', 'old')`,
		`INSERT INTO quotes(article_id, text, speaker, speaker_key, speaker_kind, speaker_person_id, official_id, start_offset, end_offset, rule, extractor_version)
			VALUES (1, ?, 'Julio Cárdenas', 'julio cardenas', 'person', 1, 1, 0, 10, 'r', 'old'),
			       (2, 'We will rebuild every school and every clinic', 'Cárdenas', 'cardenas', 'person', 2, 2, 0, 10, 'r', 'old')`,
	} {
		var args []any
		switch i {
		case 1:
			args = []any{full}
		case 2:
			args = []any{full[:len(full)*3/4]}
		case 5:
			args = []any{rebuild}
		}
		if _, err := raw.Exec(stmt, args...); err != nil {
			t.Fatalf("%s: %v", stmt, err)
		}
	}
	db := openMigrated(t, raw, path)
	checkCross(t, db)
	if n := queryInt(t, db, "SELECT COUNT(*) FROM v_quote_clusters WHERE sources = 2 AND outlets = 2 AND speaker = 'Julio Cárdenas'"); n != 1 {
		t.Error("the repeated quote is not one cluster after migration")
	}
	if n := queryInt(t, db, "SELECT COUNT(DISTINCT story_id) FROM articles"); n != 1 {
		t.Errorf("%d stories, want 1", n)
	}
	if got := queryList(t, db, "SELECT alias FROM aliases ORDER BY alias"); !slices.Equal(got, []string{"Cárdenas", "Julio Cárdenas"}) {
		t.Errorf("aliases %q", got)
	}
	if got := queryList(t, db, "SELECT outlet FROM articles ORDER BY id"); !slices.Equal(got, []string{"wire.invalid", "courier.invalid"}) {
		t.Errorf("outlets %q", got)
	}
}

// An article deleted with SQL takes its story keys with it, as a story
// does (triggers, on SQLite, where story_keys has no foreign keys), and
// articles stored after it find their stories as before.
func TestDeletedArticleTakesItsStoryKeys(t *testing.T) {
	db := openCross(t)
	full := storyText("Arequipa", 30)
	a := saveAt(t, db, "https://wire.invalid/quake", day(16), full, tollOf(63, true))
	saveAt(t, db, "https://post.invalid/fisheries", day(17), otherStory(30), tollOf(5, false))
	if n := queryInt(t, db, "SELECT COUNT(*) FROM story_keys WHERE article_id = ?", a); n == 0 {
		t.Fatal("the article filed no keys")
	}
	story := queryInt(t, db, "SELECT story_id FROM articles WHERE id = ?", a)
	for _, stmt := range []string{"DELETE FROM death_tolls WHERE article_id = ?", "DELETE FROM story_signatures WHERE article_id = ?", "DELETE FROM articles WHERE id = ?"} {
		if _, err := db.SQL().Exec(stmt, a); err != nil {
			t.Fatal(err)
		}
	}
	if n := queryInt(t, db, "SELECT COUNT(*) FROM story_keys WHERE article_id = ?", a); n != 0 {
		t.Errorf("%d keys of the deleted article left", n)
	}
	if _, err := db.SQL().Exec("DELETE FROM stories WHERE id = ?", story); err != nil {
		t.Fatal(err)
	}
	if n := queryInt(t, db, "SELECT COUNT(*) FROM story_keys WHERE story_id = ?", story); n != 0 {
		t.Errorf("%d keys of the deleted story left", n)
	}
	// a copy stored now starts a story of its own, without error
	b := saveAt(t, db, "https://courier.invalid/peru-quake", day(18), full, tollOf(71, true))
	c := saveAt(t, db, "https://other.invalid/peru-quake", day(18), full+" More.", tollOf(71, true))
	checkCross(t, db)
	if queryInt(t, db, "SELECT story_id FROM articles WHERE id = ?", b) != queryInt(t, db, "SELECT story_id FROM articles WHERE id = ?", c) {
		t.Error("the two copies stored after the delete are apart")
	}
}
