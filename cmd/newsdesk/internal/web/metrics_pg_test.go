package web

import (
	"context"
	"testing"

	"github.com/jackc/pgx/v5/pgxpool"

	"github.com/newsdesk/newsdesk/pipeline"
	"github.com/newsdesk/newsdesk/storage"
	"github.com/newsdesk/newsdesk/storage/pgtest"
)

// On PostgreSQL, /metrics counts the job queue's jobs by kind and state:
// zeros before any worker has set the queue up, then what river_job holds.
func TestMetricsJobsPostgres(t *testing.T) {
	url := pgtest.URL(t)
	ctx := context.Background()
	w, err := storage.Open(ctx, url, seededOptions())
	if err != nil {
		t.Fatal(err)
	}
	w.Close()
	db, err := storage.OpenReadOnly(ctx, url)
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { db.Close() })
	s := newTestServer(t, Config{DB: db})

	m := parseExposition(t, mustGet(t, s, "/metrics").body)
	for _, k := range pipeline.JobKinds() {
		for _, st := range []string{"available", "running", "retryable", "completed", "discarded"} {
			key := `newsdesk_jobs{kind="` + k + `",state="` + st + `"}`
			if v, ok := m[key]; !ok || v != 0 {
				t.Errorf("no queue yet: %s = %v (present %v), want 0", key, v, ok)
			}
		}
	}

	pool, err := pgxpool.New(ctx, url)
	if err != nil {
		t.Fatal(err)
	}
	defer pool.Close()
	if err := pipeline.MigrateQueue(ctx, pool); err != nil {
		t.Fatal(err)
	}
	_, err = pool.Exec(ctx, `INSERT INTO river_job (kind, args, max_attempts, state, attempted_at, finalized_at) VALUES
		('newsdesk_article', '{"url":"a"}', 5, 'available', NULL, NULL),
		('newsdesk_article', '{"url":"b"}', 5, 'available', NULL, NULL),
		('newsdesk_article', '{"url":"c"}', 5, 'running', now(), NULL),
		('newsdesk_article', '{"url":"d"}', 5, 'discarded', now(), now()),
		('newsdesk_feed', '{"url":"f"}', 1, 'completed', now(), now()),
		('someone_elses', '{}', 1, 'retryable', now(), NULL)`)
	if err != nil {
		t.Fatal(err)
	}
	m = parseExposition(t, mustGet(t, s, "/metrics").body)
	want := map[string]float64{
		`newsdesk_jobs{kind="newsdesk_article",state="available"}`: 2,
		`newsdesk_jobs{kind="newsdesk_article",state="running"}`:   1,
		`newsdesk_jobs{kind="newsdesk_article",state="discarded"}`: 1,
		`newsdesk_jobs{kind="newsdesk_article",state="retryable"}`: 0,
		`newsdesk_jobs{kind="newsdesk_feed",state="completed"}`:    1,
		`newsdesk_jobs{kind="newsdesk_reextract",state="running"}`: 0,
		`newsdesk_jobs{kind="someone_elses",state="retryable"}`:    1,
		`newsdesk_jobs{kind="someone_elses",state="available"}`:    0,
		`newsdesk_records{kind="articles"}`:                        0,
	}
	for k, v := range want {
		if got, ok := m[k]; !ok || got != v {
			t.Errorf("%s = %v (present %v), want %v", k, got, ok, v)
		}
	}
}
