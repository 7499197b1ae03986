package pipeline

import (
	"database/sql"
	"sync"
	"testing"
	"time"

	"github.com/jackc/pgx/v5/pgxpool"

	"github.com/newsdesk/newsdesk/storage/pgtest"
)

// Requests to one host through the gate, from many goroutines with their
// own connections (as from many workers), start no closer than the gap:
// n of them take at least (n-1) gaps. Another host is not held up.
func TestHostGateSpacesRequests(t *testing.T) {
	url := pgtest.URL(t)
	pool, err := pgxpool.New(t.Context(), url)
	if err != nil {
		t.Fatal(err)
	}
	defer pool.Close()
	if err := MigrateQueue(t.Context(), pool); err != nil {
		t.Fatal(err)
	}
	if err := MigrateQueue(t.Context(), pool); err != nil {
		t.Fatalf("migrating again: %v", err)
	}
	db, err := sql.Open("pgx", url)
	if err != nil {
		t.Fatal(err)
	}
	defer db.Close()
	const gap, workers, each = 20 * time.Millisecond, 4, 5
	g := hostGate{db: db, gap: gap}
	start := time.Now()
	var wg sync.WaitGroup
	for range workers {
		wg.Go(func() {
			for range each {
				if err := g.wait(t.Context(), "http://news.example/a"); err != nil {
					t.Error(err)
				}
			}
		})
	}
	wg.Wait()
	if took, least := time.Since(start), (workers*each-1)*gap; took < least {
		t.Errorf("%d requests to one host passed in %v, want at least %v", workers*each, took, least)
	}
	// a long gap on a host of its own: its first request does not wait for it
	long := hostGate{db: db, gap: 10 * time.Second}
	other := time.Now()
	if err := long.wait(t.Context(), "http://other.example/b"); err != nil {
		t.Fatal(err)
	}
	if took := time.Since(other); took >= long.gap/2 {
		t.Errorf("the first request to another host waited %v", took)
	}
}
