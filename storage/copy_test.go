package storage_test

import (
	"context"
	"errors"
	"fmt"
	"path/filepath"
	"reflect"
	"testing"

	"github.com/newsdesk/newsdesk/extract"
	"github.com/newsdesk/newsdesk/storage"
)

// Copy moves every record across and back (SQLite to SQLite in the SQLite
// pass; PostgreSQL to SQLite to PostgreSQL in the PostgreSQL pass): the
// same rows under the same ids, listings alike, and new rows get new ids.
func TestCopyBothWays(t *testing.T) {
	ctx := context.Background()
	src := openTest(t)
	for i, body := range []string{"Mediators met in Oslo.", "The toll rose in Sudan.", "Mediators met in Oslo."} {
		a := article(fmt.Sprintf("https://x.invalid/%d", i), "", "https://x.invalid/feed", body)
		if _, err := src.SaveArticle(ctx, a, sampleResult()); err != nil {
			t.Fatal(err)
		}
	}
	mid, err := storage.Open(ctx, filepath.Join(t.TempDir(), "mid.db"), storage.SeededOptions())
	if err != nil {
		t.Fatal(err)
	}
	defer mid.Close()
	dst, err := storage.Open(ctx, storage.FreshDB(t), storage.SeededOptions())
	if err != nil {
		t.Fatal(err)
	}
	defer dst.Close()

	there, err := storage.Copy(ctx, src, mid, false)
	if err != nil {
		t.Fatal(err)
	}
	back, err := storage.Copy(ctx, mid, dst, false)
	if err != nil {
		t.Fatal(err)
	}
	if !reflect.DeepEqual(there, back) {
		t.Errorf("copied there %v, back %v", there, back)
	}
	byTable := map[string]int64{}
	for _, c := range back {
		byTable[c.Table] = c.Rows
	}
	for table, n := range byTable {
		if table == "countries" {
			continue
		}
		if got := count(t, src, "SELECT COUNT(*) FROM "+table); int64(got) != n {
			t.Errorf("%s: %d rows at the source, %d copied", table, got, n)
		}
	}
	if byTable["quotes"] == 0 || byTable["quote_clusters"] == 0 || byTable["person_links"] == 0 {
		t.Errorf("copied too little: %v", back)
	}
	want, err := src.ListQuotes(ctx, storage.QuoteQuery{})
	if err != nil {
		t.Fatal(err)
	}
	search, _ := storage.ParseSearch("oslo")
	wantFound, err := src.ListFigures(ctx, storage.FigureQuery{Search: search})
	if err != nil || len(wantFound.Figures) != 2 {
		t.Fatalf("search at the source: %d figures, %v; want 2", len(wantFound.Figures), err)
	}
	for _, db := range []*storage.DB{mid, dst} {
		got, err := db.ListQuotes(ctx, storage.QuoteQuery{})
		if err != nil || !reflect.DeepEqual(got, want) {
			t.Errorf("quotes after copying:\n got %+v, %v\nwant %+v", got, err, want)
		}
		found, err := db.ListFigures(ctx, storage.FigureQuery{Search: search})
		if err != nil || !reflect.DeepEqual(found, wantFound) {
			t.Errorf("full-text search after copying: %+v, %v; want %+v", found, err, wantFound)
		}
	}

	// new rows get new ids
	s, err := dst.SaveArticle(ctx, article("https://x.invalid/new", "", "https://x.invalid/other", "Brand new."),
		&extract.Result{Quotes: []extract.Quote{{Text: "New words", Speaker: "Z", Rule: "t"}}})
	if err != nil || !s.New {
		t.Fatalf("saving after the copy: %+v, %v", s, err)
	}
	// a target with records is refused, unless told to replace them
	if _, err := storage.Copy(ctx, src, dst, false); !errors.Is(err, storage.ErrNotEmpty) {
		t.Errorf("copy into a database with records: %v, want ErrNotEmpty", err)
	}
	if _, err := storage.Copy(ctx, src, dst, true); err != nil {
		t.Fatal(err)
	}
	if n := count(t, dst, "SELECT COUNT(*) FROM articles"); n != 2 {
		t.Errorf("after replacing: %d articles, want the source's 2", n)
	}
}
