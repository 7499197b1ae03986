package storage_test

import (
	"context"
	"fmt"
	"sync"
	"testing"

	"github.com/newsdesk/newsdesk/extract"
	"github.com/newsdesk/newsdesk/storage"
)

// Two handles on one database (two processes, on PostgreSQL two machines)
// saving at once store every article once and name each person once.
func TestConcurrentWriters(t *testing.T) {
	ctx := context.Background()
	name := storage.FreshDB(t)
	var dbs []*storage.DB
	for range 2 {
		db, err := storage.Open(ctx, name, storage.SeededOptions())
		if err != nil {
			t.Fatal(err)
		}
		defer db.Close()
		dbs = append(dbs, db)
	}
	var wg sync.WaitGroup
	errs := make(chan error, 40)
	for w, db := range dbs {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for i := range 20 {
				// both writers name the same people
				res := &extract.Result{Quotes: []extract.Quote{{Text: fmt.Sprintf("Words %d of %d", i, w),
					Speaker: fmt.Sprintf("Person %d", i%5), SpeakerKind: extract.SpeakerPerson, Rule: "t"}}}
				a := article(fmt.Sprintf("https://x.invalid/%d/%d", w, i), "", "", fmt.Sprintf("Body %d by writer %d.", i, w))
				if _, err := db.SaveArticle(ctx, a, res); err != nil {
					errs <- err
				}
			}
		}()
	}
	wg.Wait()
	close(errs)
	for err := range errs {
		t.Error(err)
	}
	if n := count(t, dbs[0], "SELECT COUNT(*) FROM articles"); n != 40 {
		t.Errorf("%d articles, want 40", n)
	}
	if n := count(t, dbs[0], "SELECT COUNT(*) FROM people"); n != 5 {
		t.Errorf("%d people, want 5", n)
	}
}
