package storage_test

import (
	"context"
	"errors"
	"slices"
	"testing"

	"github.com/newsdesk/newsdesk/extract"
	"github.com/newsdesk/newsdesk/storage"
)

const (
	osloBody = "OSLO — Norwegian Foreign Minister Ingrid Solberg said the talks would resume. " +
		"\"Nobody left the room,\" Solberg said.\nAt least 14 people were killed in the fighting, officials said."
	chadBody = "NIAMEY — Chad has offered to contribute 1,500 troops to a regional force, " +
		"Chadian Defence Minister Hassan Mahamat Abakar said on Monday."
)

func newExtractor(t testing.TB) *extract.Extractor {
	t.Helper()
	ex, err := extract.New()
	if err != nil {
		t.Fatal(err)
	}
	return ex
}

func TestReextractReplacesAndIsIdempotent(t *testing.T) {
	ctx := context.Background()
	db := openTest(t)
	ex := newExtractor(t)
	// stored with records of "older rules": the sample result, which the
	// current rules would not give for these bodies
	for _, a := range []storage.Article{article("https://x.invalid/oslo", "", "f", osloBody), article("https://x.invalid/chad", "", "f", chadBody)} {
		if _, err := db.SaveArticle(ctx, a, sampleResult()); err != nil {
			t.Fatal(err)
		}
	}
	if _, err := db.SQL().Exec("UPDATE quotes SET extractor_version = 'old'"); err != nil {
		t.Fatal(err)
	}

	st, err := db.Reextract(ctx, ex.Extract)
	if err != nil {
		t.Fatal(err)
	}
	if st.Articles != 2 || st.Changed != 2 || st.Records == 0 {
		t.Errorf("first run: %+v", st)
	}
	if n := count(t, db, "SELECT COUNT(*) FROM quotes WHERE text LIKE 'We will not wait%'"); n != 0 {
		t.Error("records of the old rules survived")
	}
	if n := count(t, db, "SELECT COUNT(*) FROM v_quotes WHERE speaker = 'Ingrid Solberg' AND text = 'Nobody left the room'"); n != 1 {
		t.Error("the current rules' quote is missing")
	}
	if n := count(t, db, "SELECT COUNT(*) FROM people WHERE name = 'Recep Tayyip Erdoğan'"); n != 0 {
		t.Error("a person the new records do not name was kept")
	}
	for _, table := range []string{"articles", "officials", "quotes", "troop_figures", "death_tolls"} {
		if n := count(t, db, "SELECT COUNT(*) FROM "+table+" WHERE extractor_version != ?", extract.Version); n != 0 {
			t.Errorf("%s: %d rows not of version %s", table, n, extract.Version)
		}
	}
	checkFTS(t, db)

	before := dump(t, db)
	for run := 2; run <= 3; run++ {
		st, err := db.Reextract(ctx, ex.Extract)
		if err != nil {
			t.Fatal(err)
		}
		if st.Articles != 2 || st.Changed != 0 || st.Records != 0 {
			t.Errorf("run %d: %+v, want nothing changed", run, st)
		}
		if after := dump(t, db); !slices.Equal(before, after) {
			t.Errorf("run %d changed the database", run)
		}
	}
}

// Articles saved with the current rules are left alone by Reextract.
func TestReextractAfterIngestChangesNothing(t *testing.T) {
	ctx := context.Background()
	db := openTest(t)
	ex := newExtractor(t)
	a := article("https://x.invalid/oslo", "", "f", osloBody)
	if _, err := db.SaveArticle(ctx, a, ex.Extract(a.Body)); err != nil {
		t.Fatal(err)
	}
	st, err := db.Reextract(ctx, ex.Extract)
	if err != nil || st.Changed != 0 {
		t.Errorf("Reextract after ingest: %+v, %v", st, err)
	}
}

func TestReextractStopsWithContext(t *testing.T) {
	db := openTest(t)
	if _, err := db.SaveArticle(context.Background(), article("https://x.invalid/a", "", "", "A."), nil); err != nil {
		t.Fatal(err)
	}
	ctx, cancel := context.WithCancel(context.Background())
	cancel()
	_, err := db.Reextract(ctx, func(string) *extract.Result { return sampleResult() })
	if !errors.Is(err, context.Canceled) {
		t.Errorf("err = %v, want context.Canceled", err)
	}
}
