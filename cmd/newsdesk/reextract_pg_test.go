package main

import (
	"database/sql"
	"fmt"
	"strings"
	"testing"
	"time"

	"github.com/newsdesk/newsdesk/extract"
	"github.com/newsdesk/newsdesk/storage/pgtest"
)

// reextract on PostgreSQL queues the stored articles in batches, which it
// and a worker process share: records made stale come back as the
// current rules make them, each article is extracted once, and a second
// run queued for the workers alone (--enqueue-only) changes nothing.
func TestReextractQueuePostgres(t *testing.T) {
	if testing.Short() {
		t.Skip("starts a worker process")
	}
	url := pgtest.URL(t)
	code, _, stderr := listRun(t, "ingest", "-db", url, "-quiet",
		"../../testdata/demo/world.xml", "../../testdata/demo/wire.atom", "../../testdata/demo/briefs.json")
	if code != 0 {
		t.Fatalf("ingest: exit %d: %s", code, stderr)
	}
	listings := [][]string{{"quotes", "--format", "jsonl"}, {"officials", "--format", "jsonl"}, {"figures", "--format", "jsonl"}}
	before := map[string]string{}
	for _, args := range listings {
		_, out, _ := listRun(t, append(args, "--db", url)...)
		before[args[0]] = out
	}
	db, err := sql.Open("pgx", url)
	if err != nil {
		t.Fatal(err)
	}
	defer db.Close()
	var n int
	if err := db.QueryRow("SELECT count(*) FROM articles").Scan(&n); err != nil || n < 4 {
		t.Fatalf("%d articles stored (%v)", n, err)
	}
	// records of an older extractor: officials missing, hashes stale
	if _, err := db.Exec(`DELETE FROM officials; UPDATE articles SET extractor_version = '0-old', records_hash = 'stale'`); err != nil {
		t.Fatal(err)
	}

	w := startWorker(t, url, "--due-poll", "1h")
	code, out, stderr := listRun(t, "reextract", "--db", url, "--batch", "3")
	if code != 0 {
		t.Fatalf("reextract: exit %d: %s", code, stderr)
	}
	if want := fmt.Sprintf("newsdesk reextract: %d articles, %d changed,", n, n); !strings.HasPrefix(out, want) {
		t.Errorf("reextract said %q, want it to start %q", out, want)
	}
	for _, args := range listings {
		if _, after, _ := listRun(t, append(args, "--db", url)...); after != before[args[0]] {
			t.Errorf("%s after reextract differs:\nbefore:\n%s\nafter:\n%s", args[0], before[args[0]], after)
		}
	}
	var stale, jobs, done, extracted int
	err = db.QueryRow(`SELECT (SELECT count(*) FROM articles WHERE extractor_version <> $1),
		count(*), count(*) FILTER (WHERE state = 'completed'),
		coalesce(sum((metadata->'output'->>'Articles')::int), 0)
		FROM river_job WHERE kind = 'newsdesk_reextract'`, extract.Version).Scan(&stale, &jobs, &done, &extracted)
	if err != nil {
		t.Fatal(err)
	}
	if want := (n + 2) / 3; stale != 0 || jobs != want || done != want || extracted != n {
		t.Errorf("%d articles of an older extractor; %d jobs, %d completed (want %d); %d articles extracted (want %d, each once)",
			stale, jobs, done, want, extracted, n)
	}

	code, out, stderr = listRun(t, "reextract", "--db", url, "--batch", "3", "--enqueue-only")
	if code != 0 || !strings.Contains(out, fmt.Sprintf("%d articles queued", n)) {
		t.Fatalf("reextract --enqueue-only: exit %d: %s%s", code, out, stderr)
	}
	deadline := time.Now().Add(time.Minute)
	for {
		var open, changed int
		err := db.QueryRow(`SELECT count(*) FILTER (WHERE finalized_at IS NULL),
			coalesce(sum((metadata->'output'->>'Changed')::int), 0)
			FROM river_job WHERE kind = 'newsdesk_reextract'`).Scan(&open, &changed)
		if err == nil && open == 0 {
			if changed != n {
				t.Errorf("the second run changed %d articles; want none", changed-n)
			}
			break
		}
		if time.Now().After(deadline) {
			t.Fatalf("the worker left %d reextract jobs open after a minute (%v)", open, err)
		}
		time.Sleep(50 * time.Millisecond)
	}
	w.stop(t)
}
