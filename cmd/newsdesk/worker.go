package main

import (
	"context"
	"errors"
	"flag"
	"fmt"
	"log/slog"
	"time"

	"github.com/jackc/pgx/v5/pgxpool"

	"github.com/newsdesk/newsdesk/extract"
	"github.com/newsdesk/newsdesk/pipeline"
	"github.com/newsdesk/newsdesk/pipeline/fetch"
	"github.com/newsdesk/newsdesk/storage"
)

const workerHelp = `

Works the job queue of a PostgreSQL database: fetches the registered feeds
as they fall due and the articles they link to, extracts and stores them,
and extracts again the batches that 'newsdesk reextract' queues.
Start it on as many machines as you like, all with the same --db: the jobs
are shared, each article is stored once, a worker that dies has its jobs
retried by the others. SIGTERM (or Ctrl-C) stops taking jobs, finishes
those in hand (for up to --drain) and exits. Logs go to stderr.`

// queueFlags are the flags of the commands that run the queue.
type queueFlags struct {
	db, userAgent                 *string
	concurrency, perHost          *int
	timeout, interval, maxBackoff *time.Duration
	jobTimeout, rescueAfter       *time.Duration
	maxBody                       *int64
	rate                          *float64
	robots, allowPrivate          *bool
	// mustExist: the database must exist already (no flag; reextract's)
	mustExist bool
}

func addQueueFlags(fs *flag.FlagSet) *queueFlags {
	return &queueFlags{
		db:           fs.String("db", defaultDB(), dbUsage),
		concurrency:  fs.Int("concurrency", 8, "article jobs worked at once by this process"),
		timeout:      fs.Duration("timeout", 30*time.Second, "timeout of one HTTP request"),
		maxBody:      fs.Int64("max-body", 10<<20, "largest response body in `bytes`"),
		perHost:      fs.Int("per-host", 2, "concurrent requests per host from this process"),
		rate:         fs.Float64("rate", 2, "requests per second per host from all workers together; negative for no limit"),
		robots:       fs.Bool("robots", true, "honour robots.txt for pages"),
		allowPrivate: fs.Bool("allow-private-network", false, "let links in remote feeds reach private, loopback and link-local addresses"),
		userAgent:    fs.String("user-agent", "", "User-Agent header (default names newsdesk)"),
		interval:     fs.Duration("interval", 30*time.Minute, "how long a feed stays fresh when its server does not say"),
		maxBackoff:   fs.Duration("max-backoff", 24*time.Hour, "longest wait before a feed is fetched again, failing or not"),
		jobTimeout:   fs.Duration("job-timeout", 2*time.Minute, "longest one job may run"),
		rescueAfter:  fs.Duration("rescue-after", 5*time.Minute, "how long a job may stay running before it is retried as lost (keep it above --job-timeout)"),
	}
}

// workRun starts q's workers in this process, waits until the jobs of run
// are done or ctx ends, and stops the workers, giving the jobs in flight a
// minute to finish.
func workRun(ctx context.Context, q *pipeline.Queue, run string) error {
	if err := q.Start(context.WithoutCancel(ctx)); err != nil {
		return err
	}
	werr := q.Wait(ctx, run, 100*time.Millisecond)
	stopCtx, cancel := context.WithTimeout(context.Background(), time.Minute)
	defer cancel()
	if err := q.Stop(stopCtx); err != nil && werr == nil {
		werr = err
	}
	return werr
}

// openQueue opens the database, migrates River's tables and makes the
// queue; close releases what it opened.
func openQueue(ctx context.Context, f *queueFlags, log *slog.Logger, duePoll time.Duration) (q *pipeline.Queue, db *storage.DB, closeAll func(), err error) {
	if *f.concurrency < 1 || *f.perHost < 1 || *f.timeout <= 0 || *f.jobTimeout <= 0 || *f.rescueAfter <= 0 {
		return nil, nil, nil, errors.New("--concurrency and --per-host must be at least 1; --timeout, --job-timeout and --rescue-after positive")
	}
	if db, err = storage.Open(ctx, *f.db, storageOptions(f.mustExist)); err != nil {
		return nil, nil, nil, mustExistHint(err)
	}
	pool, err := pgxpool.New(ctx, *f.db)
	if err != nil {
		db.Close()
		return nil, nil, nil, fmt.Errorf("newsdesk: connect to %s: %w", shownDB(*f.db), err)
	}
	closeAll = func() { pool.Close(); db.Close() }
	if q, err = newQueue(ctx, f, db, pool, log, duePoll); err != nil {
		closeAll()
		return nil, nil, nil, err
	}
	return q, db, closeAll, nil
}

func newQueue(ctx context.Context, f *queueFlags, db *storage.DB, pool *pgxpool.Pool, log *slog.Logger, duePoll time.Duration) (*pipeline.Queue, error) {
	if err := pipeline.MigrateQueue(ctx, pool); err != nil {
		return nil, err
	}
	ex, err := extract.New()
	if err != nil {
		return nil, err
	}
	// The gate spaces requests across workers; the Fetcher's own rate
	// limit would only repeat it within this process.
	gap := time.Duration(-1)
	if *f.rate > 0 {
		gap = time.Duration(float64(time.Second) / *f.rate)
	}
	p, err := pipeline.New(pipeline.Config{DB: db, Extractor: ex, MaxFileBytes: *f.maxBody,
		Fetcher: fetch.New(fetch.Config{UserAgent: *f.userAgent, Timeout: *f.timeout, MaxBodyBytes: *f.maxBody,
			PerHostConcurrency: *f.perHost, PerHostRate: -1, RespectRobots: *f.robots,
			AllowPrivateNetwork: *f.allowPrivate}),
		Interval: *f.interval, MaxBackoff: *f.maxBackoff, Log: log})
	if err != nil {
		return nil, err
	}
	return p.NewQueue(pipeline.QueueConfig{Pool: pool, Concurrency: *f.concurrency, HostGap: gap,
		JobTimeout: *f.jobTimeout, RescueAfter: *f.rescueAfter, DuePoll: duePoll})
}

func runWorker(ctx context.Context, e *env, args []string) error {
	fs := newFlags(e, "worker", workerHelp)
	f := addQueueFlags(fs)
	duePoll := fs.Duration("due-poll", time.Minute, "how often the registered feeds that are due are enqueued")
	drain := fs.Duration("drain", time.Minute, "on SIGTERM, how long to wait for the jobs in hand")
	verbose := fs.Bool("verbose", false, "log at Debug level too, with River's own lines (which are otherwise shown only from Warn up)")
	if err := parseFlags(fs, args); err != nil {
		return err
	}
	if !storage.IsPostgres(*f.db) {
		return usageError(e, fs, "worker needs a PostgreSQL database (--db postgres://…); on SQLite, run 'newsdesk ingest' from cron")
	}
	if *duePoll <= 0 || *drain <= 0 {
		return usageError(e, fs, "--due-poll and --drain must be positive")
	}
	level := slog.LevelInfo
	if *verbose {
		level = slog.LevelDebug
	}
	log := slog.New(slog.NewTextHandler(e.stderr, &slog.HandlerOptions{Level: level}))
	q, _, closeAll, err := openQueue(ctx, f, log, *duePoll)
	if err != nil {
		return err
	}
	defer closeAll()
	// River stops hard when its context ends; the signal must drain instead.
	if err := q.Start(context.WithoutCancel(ctx)); err != nil {
		return err
	}
	log.Info("worker started", "db", shownDB(*f.db), "concurrency", *f.concurrency)
	<-ctx.Done()
	log.Info("worker stopping: finishing the jobs in hand", "drain", *drain)
	stopCtx, cancel := context.WithTimeout(context.Background(), *drain)
	defer cancel()
	err = q.Stop(stopCtx)
	c := q.Counts()
	log.Info("worker stopped", "feeds", c.FeedsDone.Load(), "articles_new", c.ArticlesNew.Load(),
		"articles_updated", c.ArticlesUpdated.Load(), "articles_unchanged", c.ArticlesUnchanged.Load(), "failed", c.Failed.Load())
	return err
}

// ingestQueue is ingest on PostgreSQL: it enqueues the sources (or the due
// feeds) and works the queue until every job it caused is done, so that a
// cron line behaves as on SQLite while workers elsewhere may share the
// jobs.
func ingestQueue(ctx context.Context, e *env, f *queueFlags, sources []string, quiet bool) error {
	level := slog.LevelInfo
	if quiet {
		level = slog.LevelError
	}
	log := slog.New(slog.NewTextHandler(e.stderr, &slog.HandlerOptions{Level: level}))
	q, db, closeAll, err := openQueue(ctx, f, log, -1)
	if err != nil {
		return err
	}
	defer closeAll()
	if len(sources) == 0 {
		if sources, err = dueSources(ctx, e, db, quiet); err != nil {
			return err
		}
	}
	start := time.Now()
	run, err := q.Enqueue(ctx, sources)
	if err != nil {
		return err
	}
	werr := workRun(ctx, q, run)
	c := q.Counts()
	if !quiet {
		fmt.Fprintf(e.stdout, "newsdesk ingest: feeds: %d fetched; articles: %d new, %d updated, %d unchanged, %d failed; %.1fs\n",
			c.FeedsDone.Load(), c.ArticlesNew.Load(), c.ArticlesUpdated.Load(), c.ArticlesUnchanged.Load(), c.Failed.Load(),
			time.Since(start).Seconds())
	}
	return werr
}
