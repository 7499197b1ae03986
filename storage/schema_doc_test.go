package storage_test

import (
	"context"
	"os"
	"path/filepath"
	"regexp"
	"strings"
	"testing"

	"github.com/newsdesk/newsdesk/extract"
	"github.com/newsdesk/newsdesk/pipeline"
	"github.com/newsdesk/newsdesk/pipeline/fetch"
	"github.com/newsdesk/newsdesk/storage"
)

// demoSources are the bundled offline demo feeds.
var demoSources = []string{
	"../testdata/demo/world.xml",
	"../testdata/demo/wire.atom",
	"../testdata/demo/briefs.json",
	"../testdata/demo/syndicated.json",
}

// demoDB ingests the demo feeds through the whole pipeline (parse, page,
// extract, store) into a fresh database.
func demoDB(t *testing.T) *storage.DB {
	t.Helper()
	ctx := context.Background()
	db := openTest(t)
	ex, err := extract.New()
	if err != nil {
		t.Fatal(err)
	}
	p, err := pipeline.New(pipeline.Config{DB: db, Extractor: ex, Fetcher: fetch.New(fetch.Config{})})
	if err != nil {
		t.Fatal(err)
	}
	if _, err := p.Run(ctx, demoSources); err != nil {
		t.Fatal(err)
	}
	if n := count(t, db, "SELECT COUNT(*) FROM articles"); n < 5 {
		t.Fatalf("demo ingest stored %d articles, want at least 5", n)
	}
	return db
}

// sqlBlock is a fenced SQL code block of a markdown file.
var sqlBlock = regexp.MustCompile("(?s)```sql\n(.*?)```")

// Every SQL block of docs/schema.md runs against the demo database and
// returns rows, so the documentation cannot drift from the schema.
func TestSchemaDocQueries(t *testing.T) {
	storage.SkipOnPostgres(t) // the doc's queries are SQLite's
	doc, err := os.ReadFile(filepath.Join("..", "docs", "schema.md"))
	if err != nil {
		t.Fatal(err)
	}
	blocks := sqlBlock.FindAllStringSubmatch(string(doc), -1)
	if len(blocks) < 12 {
		t.Fatalf("docs/schema.md has %d example queries, want at least 12", len(blocks))
	}
	db := demoDB(t)
	for _, b := range blocks {
		query := strings.TrimSpace(b[1])
		name := strings.SplitN(query, "\n", 2)[0]
		t.Run(name, func(t *testing.T) {
			rows, err := db.SQL().QueryContext(context.Background(), query)
			if err != nil {
				t.Fatalf("%v\n%s", err, query)
			}
			defer rows.Close()
			n := 0
			for rows.Next() {
				n++
			}
			if err := rows.Err(); err != nil {
				t.Fatalf("%v\n%s", err, query)
			}
			if n == 0 {
				t.Errorf("no rows on the demo data:\n%s", query)
			}
		})
	}
}

// Every table and view of the schema is described in docs/schema.md.
func TestSchemaDocCoversSchema(t *testing.T) {
	storage.SkipOnPostgres(t) // reads sqlite_schema; TestViewColumns runs on both
	doc, err := os.ReadFile(filepath.Join("..", "docs", "schema.md"))
	if err != nil {
		t.Fatal(err)
	}
	db := openTest(t)
	rows, err := db.SQL().Query(`SELECT name FROM sqlite_schema WHERE type IN ('table', 'view')
		AND name NOT LIKE 'sqlite_%' AND name NOT LIKE '%_fts_%'`)
	if err != nil {
		t.Fatal(err)
	}
	defer rows.Close()
	for rows.Next() {
		var name string
		rows.Scan(&name)
		if !strings.Contains(string(doc), "`"+name+"`") {
			t.Errorf("docs/schema.md does not describe %s", name)
		}
	}
}

// The views keep the columns that docs/schema.md promises, in order.
func TestViewColumns(t *testing.T) {
	db := openTest(t)
	want := map[string]string{
		"v_quotes": "quote_id text speaker speaker_kind speaker_title speaker_country speaker_country_name organization " +
			"article_title article_url published feed cue article_id person_id official_id extractor_version cluster_id",
		"v_officials": "official_id person title country country_name organization article_title article_url published " +
			"article_id person_id extractor_version",
		"v_article_countries": "country country_name mentions article_title article_url published article_id",
		"v_troops": "troop_id count approximate country country_name unit evidence article_title article_url published " +
			"article_id extractor_version story_id",
		"v_deaths":         "death_id count approximate cumulative evidence article_title article_url published article_id extractor_version story_id",
		"v_quote_clusters": "cluster_id text speaker speaker_kind sources outlets first_seen person_id",
		"v_people":         "person_id name title country country_name organization first_seen last_seen articles",
		"v_story_tolls":    "story_id count approximate evidence article_title article_url published article_id death_id story_articles",
	}
	doc, err := os.ReadFile(filepath.Join("..", "docs", "schema.md"))
	if err != nil {
		t.Fatal(err)
	}
	for view, cols := range want {
		rows, err := db.SQL().Query("SELECT * FROM " + view + " LIMIT 0")
		if err != nil {
			t.Fatal(err)
		}
		got, _ := rows.Columns()
		rows.Close()
		if strings.Join(got, " ") != cols {
			t.Errorf("%s columns:\n got %s\nwant %s", view, strings.Join(got, " "), cols)
		}
		// the doc lists them in the same order
		listed := docColumns(string(doc), view)
		if strings.Join(listed, " ") != cols {
			t.Errorf("docs/schema.md lists for %s:\n %s\nwant %s", view, strings.Join(listed, " "), cols)
		}
	}
}

// docColumns reads the column list of a view's paragraph in the doc.
func docColumns(doc, view string) []string {
	i := strings.Index(doc, "**`"+view+"`**")
	if i < 0 {
		return nil
	}
	para := doc[i:]
	if j := strings.Index(para, "\n\n"); j >= 0 {
		para = para[:j]
	}
	para = para[strings.Index(para, ":")+1:]
	var cols []string
	for _, m := range regexp.MustCompile("`([a-z_]+)`").FindAllStringSubmatch(para, -1) {
		cols = append(cols, m[1])
	}
	return cols
}
