package storage

import (
	"context"
	"database/sql"
	"fmt"
	"sort"
	"strings"
	"testing"
	"time"

	"github.com/newsdesk/newsdesk/extract"
)

// Helpers for the tests of what spans articles, and checkCross, which
// recomputes all of it from the records and compares.

func openCross(t testing.TB) *DB {
	t.Helper()
	return openTestDB(t)
}

// day is a publication time on day d of November 2026.
func day(d int) time.Time { return time.Date(2026, 11, d, 9, 0, 0, 0, time.UTC) }

// saveAt stores an article at url (its host is the outlet) with records res.
func saveAt(t testing.TB, db *DB, url string, published time.Time, body string, res *extract.Result) int64 {
	t.Helper()
	if body == "" {
		body = "Body of " + url
	}
	s, err := db.SaveArticle(context.Background(), Article{URL: url, Title: "Title of " + url, Published: published, Body: body}, res)
	if err != nil {
		t.Fatal(err)
	}
	return s.ArticleID
}

// said is a result of one quote by a person or body, with the person as an
// official when a title is given.
func said(text, speaker, title, country string) *extract.Result {
	res := &extract.Result{}
	kind := extract.SpeakerPerson
	if speaker == "" || strings.ToLower(speaker[:1]) == speaker[:1] {
		kind = extract.SpeakerBody
	}
	if title != "" {
		res.Officials = append(res.Officials, extract.Official{Name: speaker, Title: title, Country: country, Rule: "test"})
	}
	if text != "" {
		res.Quotes = append(res.Quotes, extract.Quote{Text: text, Speaker: speaker, SpeakerKind: kind, SpeakerTitle: title,
			SpeakerCountry: country, Cue: "said", Rule: "test"})
	}
	return res
}

func queryInt(t testing.TB, db *DB, q string, args ...any) int64 {
	t.Helper()
	var n sql.NullInt64
	if err := db.sql.QueryRow(q, args...).Scan(&n); err != nil {
		t.Fatalf("%s: %v", q, err)
	}
	return n.Int64
}

func queryStr(t testing.TB, db *DB, q string, args ...any) string {
	t.Helper()
	var s sql.NullString
	if err := db.sql.QueryRow(q, args...).Scan(&s); err != nil {
		t.Fatalf("%s: %v", q, err)
	}
	return s.String
}

func queryList(t testing.TB, db *DB, q string, args ...any) []string {
	t.Helper()
	rows, err := db.sql.Query(q, args...)
	if err != nil {
		t.Fatalf("%s: %v", q, err)
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
	return out
}

// checkCross fails unless clusters, links, aliases and stories agree with
// the records as if computed afresh.
func checkCross(t testing.TB, db *DB) {
	t.Helper()
	ctx := context.Background()
	tx, err := db.begin(ctx)
	if err != nil {
		t.Fatal(err)
	}
	defer tx.Rollback()
	if n := queryInt(t, db, "SELECT COUNT(*) FROM quotes WHERE cluster_id IS NULL"); n > 0 {
		t.Errorf("%d quotes without a cluster", n)
	}
	checkClusters(t, ctx, tx)
	checkAliases(t, ctx, tx)
	if n := queryInt(t, db, `SELECT COUNT(*) FROM (SELECT article_id, person_id FROM officials UNION SELECT article_id, speaker_person_id FROM quotes
		WHERE speaker_person_id IS NOT NULL) r WHERE NOT EXISTS (SELECT 1 FROM person_links l WHERE l.article_id = r.article_id AND l.person_id = r.person_id)`); n > 0 {
		t.Errorf("%d people named by records have no link", n)
	}
	if n := queryInt(t, db, `SELECT COUNT(*) FROM person_links l WHERE NOT EXISTS (SELECT 1 FROM officials o WHERE o.article_id = l.article_id AND o.person_id = l.person_id)
		AND NOT EXISTS (SELECT 1 FROM quotes q WHERE q.article_id = l.article_id AND q.speaker_person_id = l.person_id)`); n > 0 {
		t.Errorf("%d links to people the article's records do not name", n)
	}
	if n := queryInt(t, db, "SELECT COUNT(*) FROM people p WHERE NOT EXISTS (SELECT 1 FROM person_links l WHERE l.person_id = p.id)"); n > 0 {
		t.Errorf("%d people named nowhere", n)
	}
	if n := queryInt(t, db, "SELECT COUNT(*) FROM articles WHERE story_id IS NULL"); n > 0 {
		t.Errorf("%d articles without a story", n)
	}
	if n := queryInt(t, db, "SELECT COUNT(*) FROM stories s WHERE articles != (SELECT COUNT(*) FROM articles a WHERE a.story_id = s.id) OR articles = 0"); n > 0 {
		t.Errorf("%d stories miscounted", n)
	}
	// an article's bands are filed under its story (leaveStory and the
	// delete trigger find them there)
	if n := queryInt(t, db, "SELECT COUNT(*) FROM story_keys k LEFT JOIN articles a ON a.id = k.article_id WHERE a.story_id IS NULL OR a.story_id <> k.story_id"); n > 0 {
		t.Errorf("%d story keys not under their article's story", n)
	}
}

func checkClusters(t testing.TB, ctx context.Context, tx *wtx) {
	t.Helper()
	rows, err := tx.QueryContext(ctx, "SELECT id, text, words, speaker_ref, COALESCE(first_seen, ''), sources, outlets FROM quote_clusters")
	if err != nil {
		t.Fatal(err)
	}
	type cluster struct {
		id, ref                 int64
		text, first             string
		words, sources, outlets int
	}
	var cs []cluster
	for rows.Next() {
		var c cluster
		if err := rows.Scan(&c.id, &c.text, &c.words, &c.ref, &c.first, &c.sources, &c.outlets); err != nil {
			t.Fatal(err)
		}
		cs = append(cs, c)
	}
	rows.Close()
	for _, c := range cs {
		members, err := loadQuotes(ctx, tx, "q.cluster_id = ?", c.id)
		if err != nil {
			t.Fatal(err)
		}
		if len(members) == 0 {
			t.Errorf("cluster %d is empty", c.id)
			continue
		}
		canon := parseQuote(c.text)
		arts, outlets := map[int64]bool{}, map[string]bool{}
		first := ""
		var ref int64
		for _, m := range members {
			f := parseQuote(m.text)
			if !sameWords(f, canon) && !within(f, canon) {
				t.Errorf("cluster %d %q holds %q, which is not part of it", c.id, c.text, m.text)
			}
			if len(f.words) > c.words {
				t.Errorf("cluster %d: member %q is longer than its text %q", c.id, m.text, c.text)
			}
			if m.ref != 0 {
				if ref != 0 && ref != m.ref {
					t.Errorf("cluster %d %q has two speakers", c.id, c.text)
				}
				ref = m.ref
			}
			arts[m.articleID], outlets[m.outlet] = true, true
			if m.published.Valid && (first == "" || m.published.String < first) {
				first = m.published.String
			}
			var has int
			tx.QueryRowContext(ctx, "SELECT COUNT(*) FROM quote_keys WHERE cluster_id = ? AND key = ? AND speaker_ref = ?", c.id, f.textKey(), c.ref).Scan(&has)
			if has == 0 {
				t.Errorf("cluster %d: no key for member %q", c.id, m.text)
			}
		}
		if ref != c.ref || len(arts) != c.sources || len(outlets) != c.outlets || first != c.first {
			t.Errorf("cluster %d %q: speaker %d sources %d outlets %d first %q, recomputed %d %d %d %q",
				c.id, c.text, c.ref, c.sources, c.outlets, c.first, ref, len(arts), len(outlets), first)
		}
	}
}

func checkAliases(t testing.TB, ctx context.Context, tx *wtx) {
	t.Helper()
	want := map[string]int{}
	rows, err := tx.QueryContext(ctx, "SELECT id FROM articles")
	if err != nil {
		t.Fatal(err)
	}
	var ids []int64
	for rows.Next() {
		var id int64
		rows.Scan(&id)
		ids = append(ids, id)
	}
	rows.Close()
	for _, id := range ids {
		forms, err := articleForms(ctx, tx, id)
		if err != nil {
			t.Fatal(err)
		}
		for pid, fs := range forms {
			for _, f := range fs {
				want[fmt.Sprintf("%d|%s", pid, f)]++
			}
		}
	}
	got := map[string]int{}
	rows, err = tx.QueryContext(ctx, "SELECT person_id, alias, articles FROM aliases")
	if err != nil {
		t.Fatal(err)
	}
	for rows.Next() {
		var pid int64
		var alias string
		var n int
		rows.Scan(&pid, &alias, &n)
		got[fmt.Sprintf("%d|%s", pid, alias)] = n
	}
	rows.Close()
	if !mapsEqual(got, want) {
		t.Errorf("aliases:\n got %v\nwant %v", sorted(got), sorted(want))
	}
}

func mapsEqual(a, b map[string]int) bool {
	if len(a) != len(b) {
		return false
	}
	for k, v := range a {
		if b[k] != v {
			return false
		}
	}
	return true
}

func sorted(m map[string]int) []string {
	var s []string
	for k, v := range m {
		s = append(s, fmt.Sprintf("%s=%d", k, v))
	}
	sort.Strings(s)
	return s
}
