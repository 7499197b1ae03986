package pipeline

import (
	"context"
	"crypto/rand"
	"database/sql"
	"encoding/hex"
	"errors"
	"fmt"
	"log/slog"
	"sync/atomic"
	"time"

	"github.com/jackc/pgx/v5"
	"github.com/jackc/pgx/v5/pgxpool"
	"github.com/riverqueue/river"
	"github.com/riverqueue/river/riverdriver/riverdatabasesql"
	"github.com/riverqueue/river/riverdriver/riverpgxv5"
	"github.com/riverqueue/river/rivermigrate"
)

// Queue runs ingestion as River jobs in the PostgreSQL database that
// holds the articles, so that any number of worker processes, on any
// number of machines, share the work: a due feed is a FeedArgs job, each
// new article URL an ArticleArgs job enqueued in the transaction that
// records the feed's fetch. A worker killed mid-article leaves its job
// running until River rescues it (QueueConfig.RescueAfter) and retries it;
// an article is stored in one transaction, so nothing is half-stored.
//
// Two River clients: one works jobs over a pgx pool (LISTEN/NOTIFY, no
// polling delay); the other only inserts, through database/sql, because
// storage's transactions are database/sql ones and the article jobs must
// be inserted in them.
type Queue struct {
	p        *Pipeline
	client   *river.Client[pgx.Tx]
	inserter *river.Client[*sql.Tx]
	gate     hostGate
	log      *slog.Logger
	pool     *pgxpool.Pool
	counts   JobCounts
	writer   *batchWriter
	started  bool
	duePoll  bool // enqueue the due feeds periodically, and at Start
}

// QueueConfig configures a Queue; zero values mean the documented defaults.
type QueueConfig struct {
	// Pool connects to the database that the Pipeline's DB opened.
	Pool *pgxpool.Pool
	// Concurrency is how many article jobs this process works at once;
	// default 8. Feed jobs have their own few (Concurrency/4, at least 1).
	Concurrency int
	// HostGap is the least time between two page requests to one host from
	// all the workers together (see hostGate); default 500ms, the
	// Fetcher's default rate of 2 per second. Negative: no gap.
	HostGap time.Duration
	// JobTimeout ends a job that runs longer; default 2 minutes.
	JobTimeout time.Duration
	// RescueAfter is how long a job may stay running before it is taken as
	// lost with its worker and retried; default 5 minutes. Keep it above
	// JobTimeout, so that a live job is never worked twice.
	RescueAfter time.Duration
	// DuePoll is how often a worker enqueues the due feeds; default 1
	// minute. Negative: never (a one-shot ingest enqueues its own).
	DuePoll time.Duration
}

// JobCounts are the jobs this process has finished, for its logs and
// totals (the queue as a whole, of every process: QueueStates).
type JobCounts struct {
	FeedsDone, ArticlesNew, ArticlesUpdated, ArticlesUnchanged, Failed atomic.Int64
	// Reextracted counts the articles this process extracted again
	// (ReextractArgs).
	Reextracted atomic.Int64
}

// NewQueue makes the River clients for p's database. MigrateQueue must
// have run on it.
func (p *Pipeline) NewQueue(cfg QueueConfig) (*Queue, error) {
	if cfg.Pool == nil || !p.cfg.DB.Postgres() {
		return nil, errors.New("pipeline: a queue needs a PostgreSQL database and its pool")
	}
	cfg = cfg.withDefaults()
	q := &Queue{p: p, log: p.log, pool: cfg.Pool, gate: hostGate{db: p.cfg.DB.SQL(), gap: cfg.HostGap},
		writer: newBatchWriter(p.cfg.DB, p.log, writeBatch), duePoll: cfg.DuePoll > 0}
	workers := river.NewWorkers()
	river.AddWorker(workers, &feedWorker{q: q})
	river.AddWorker(workers, &articleWorker{q: q})
	river.AddWorker(workers, &dueWorker{q: q})
	river.AddWorker(workers, &reextractWorker{q: q})
	rc := &river.Config{
		Logger:     newRiverLogger(p.log),
		Workers:    workers,
		JobTimeout: cfg.JobTimeout,
		// River's default 100ms between fetches caps a worker at
		// MaxWorkers jobs per 100ms, well below what it can do with pages.
		FetchCooldown:        10 * time.Millisecond,
		RescueStuckJobsAfter: cfg.RescueAfter,
		Queues: map[string]river.QueueConfig{
			QueueFeeds:    {MaxWorkers: max(1, cfg.Concurrency/4)},
			QueueArticles: {MaxWorkers: cfg.Concurrency},
			// extraction is work for the processor: a few at a time
			QueueReextract: {MaxWorkers: max(1, cfg.Concurrency/2)},
		},
	}
	if cfg.DuePoll > 0 {
		rc.PeriodicJobs = []*river.PeriodicJob{river.NewPeriodicJob(river.PeriodicInterval(cfg.DuePoll),
			func() (river.JobArgs, *river.InsertOpts) { return DueArgs{}, nil }, &river.PeriodicJobOpts{RunOnStart: true})}
	}
	var err error
	if q.client, err = river.NewClient(riverpgxv5.New(cfg.Pool), rc); err != nil {
		return nil, fmt.Errorf("pipeline: river client: %w", err)
	}
	if q.inserter, err = river.NewClient(riverdatabasesql.New(nil), &river.Config{Logger: newRiverLogger(p.log)}); err != nil {
		return nil, fmt.Errorf("pipeline: river inserter: %w", err)
	}
	return q, nil
}

func (cfg QueueConfig) withDefaults() QueueConfig {
	if cfg.Concurrency <= 0 {
		cfg.Concurrency = 8
	}
	if cfg.HostGap == 0 {
		cfg.HostGap = 500 * time.Millisecond
	}
	if cfg.JobTimeout <= 0 {
		cfg.JobTimeout = 2 * time.Minute
	}
	if cfg.RescueAfter <= 0 {
		cfg.RescueAfter = 5 * time.Minute
	}
	if cfg.DuePoll == 0 {
		cfg.DuePoll = time.Minute
	}
	return cfg
}

// Counts are the jobs this process has finished so far.
func (q *Queue) Counts() *JobCounts { return &q.counts }

// writeBatch is the most articles a Queue stores in one transaction.
const writeBatch = 64

// Start starts working jobs; Stop ends it.
func (q *Queue) Start(ctx context.Context) error {
	go q.writer.run(context.WithoutCancel(ctx))
	q.started = true
	if err := q.client.Start(ctx); err != nil {
		return fmt.Errorf("pipeline: start the queue: %w", err)
	}
	// River's periodic jobs wait for this client to be elected leader and
	// then for its maintenance services' staggered start, seconds; a worker
	// looks for due feeds at once (DueArgs is unique: a job already
	// waiting is not doubled).
	if q.duePoll {
		if _, err := q.client.Insert(ctx, DueArgs{}, nil); err != nil {
			return fmt.Errorf("pipeline: enqueue the due feeds: %w", err)
		}
	}
	return nil
}

// Stop stops fetching new jobs and waits for those in hand to finish, or
// for ctx to end (then they are cancelled, and retried later by whichever
// worker takes them).
func (q *Queue) Stop(ctx context.Context) error {
	err := q.client.Stop(ctx)
	if err != nil && ctx.Err() != nil {
		hard, cancel := context.WithTimeout(context.WithoutCancel(ctx), 10*time.Second)
		defer cancel()
		err = q.client.StopAndCancel(hard)
	}
	if q.started {
		q.writer.stop()
		q.started = false
	}
	if err != nil {
		return fmt.Errorf("pipeline: stop the queue: %w", err)
	}
	return nil
}

// Enqueue adds a job for each source under a new run tag, which it
// returns for Wait. A source already queued or running is not queued
// again, and so is not waited for.
func (q *Queue) Enqueue(ctx context.Context, sources []string) (string, error) {
	b := make([]byte, 8)
	rand.Read(b)
	run := hex.EncodeToString(b)
	var params []river.InsertManyParams
	for _, s := range normaliseSources(sources) {
		params = append(params, river.InsertManyParams{Args: FeedArgs{URL: s, Run: run}})
	}
	if len(params) == 0 {
		return run, nil
	}
	if _, err := q.client.InsertMany(ctx, params); err != nil {
		return "", fmt.Errorf("pipeline: enqueue feeds: %w", err)
	}
	return run, nil
}

// Wait returns once no job of run is waiting, running or to be retried
// within half a minute. A retry due later is left to the next run or to
// any worker: a one-shot ingest does not sit through River's backoff.
func (q *Queue) Wait(ctx context.Context, run string, poll time.Duration) error {
	t := time.NewTicker(poll)
	defer t.Stop()
	for {
		var n int
		err := q.pool.QueryRow(ctx, `SELECT count(*) FROM river_job WHERE args->>'run' = $1
			AND (state IN ('available', 'running', 'pending')
				OR state IN ('retryable', 'scheduled') AND scheduled_at < now() + interval '30 seconds')`, run).Scan(&n)
		if err != nil {
			return fmt.Errorf("pipeline: count the jobs of run %s: %w", run, err)
		}
		if n == 0 {
			return nil
		}
		select {
		case <-ctx.Done():
			return ctx.Err()
		case <-t.C:
		}
	}
}

// queueMigrateLock keeps two processes from migrating River's tables at
// once (rivermigrate does not lock).
const queueMigrateLock = 0x72697672 // "rivr"

// MigrateQueue creates or updates River's tables (river_job and the rest)
// and the hosts' politeness table, in the pool's current schema: the
// schema of newsdesk's own tables, so that an article and the jobs it
// causes commit in one transaction, a backup holds both, and a test's
// fresh schema has its own queue. storage does not know River; the
// commands that run a queue call this before NewQueue. River's migrations
// each run in their own transaction (one adds an enum value that the next
// uses), under a session lock held on a connection of its own.
func MigrateQueue(ctx context.Context, pool *pgxpool.Pool) error {
	m, err := rivermigrate.New(riverpgxv5.New(pool), nil)
	if err != nil {
		return fmt.Errorf("pipeline: river migrations: %w", err)
	}
	conn, err := pool.Acquire(ctx)
	if err != nil {
		return fmt.Errorf("pipeline: migrate the queue: %w", err)
	}
	defer conn.Release()
	if _, err := conn.Exec(ctx, "SELECT pg_advisory_lock($1)", int64(queueMigrateLock)); err != nil {
		return fmt.Errorf("pipeline: migrate the queue: %w", err)
	}
	defer conn.Exec(context.WithoutCancel(ctx), "SELECT pg_advisory_unlock($1)", int64(queueMigrateLock))
	if _, err := m.Migrate(ctx, rivermigrate.DirectionUp, nil); err != nil {
		return fmt.Errorf("pipeline: migrate the queue: %w", err)
	}
	if _, err := conn.Exec(ctx, hostGateTable); err != nil {
		return fmt.Errorf("pipeline: migrate the queue: %w", err)
	}
	return nil
}
