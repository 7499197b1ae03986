package main

import (
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"log/slog"
	"os"
	"strings"
	"sync"
	"time"

	"github.com/newsdesk/newsdesk/extract"
	"github.com/newsdesk/newsdesk/pipeline"
	"github.com/newsdesk/newsdesk/pipeline/fetch"
	"github.com/newsdesk/newsdesk/storage"
)

const ingestHelp = `[SOURCE...]

Each SOURCE is a feed URL (RSS, Atom, JSON Feed) or the path of a feed file; it is
registered (a file under its absolute path) once it has been read as a feed, so that
a mistyped source is reported but not kept. Without SOURCE, every registered feed
that is due is ingested.

Exit status: 0 when every feed was read, 2 when some failed (one line each on
stderr), 1 on usage or fatal errors. --if-running=exit exits 0 when another ingest
holds the database.`

func runIngest(ctx context.Context, e *env, args []string) error {
	o, err := parseIngest(e, args)
	if err != nil {
		return err
	}
	lock, err := lockIngest(ctx, e, o.db, o.onBusy == "wait", o.quiet)
	if err != nil || lock == nil {
		return err
	}
	defer lock.release()
	if storage.IsPostgres(o.db) {
		two, five := 2*time.Minute, 5*time.Minute
		return ingestQueue(ctx, e, &queueFlags{db: &o.db, userAgent: &o.userAgent, concurrency: &o.workers, perHost: &o.perHost,
			timeout: &o.timeout, interval: &o.interval, maxBackoff: &o.maxBackoff, jobTimeout: &two, rescueAfter: &five,
			maxBody: &o.maxBody, rate: &o.rate, robots: &o.robots, allowPrivate: &o.allowPrivate}, o.sources, o.quiet)
	}
	return ingestSQLite(ctx, e, o)
}

// ingestOpts are the flags and sources of one ingest run.
type ingestOpts struct {
	db, onBusy, userAgent               string
	asJSON, quiet, robots, allowPrivate bool
	workers, feeds, perHost             int
	timeout, interval, maxBackoff       time.Duration
	maxBody                             int64
	rate                                float64
	sources                             []string
}

// parseIngest reads ingest's flags and checks them and the local sources.
func parseIngest(e *env, args []string) (*ingestOpts, error) {
	o := &ingestOpts{}
	fs := newFlags(e, "ingest", ingestHelp)
	fs.StringVar(&o.db, "db", defaultDB(), dbUsage)
	fs.BoolVar(&o.asJSON, "json", false, "print the closing summary as JSON")
	fs.BoolVar(&o.quiet, "quiet", false, "print nothing but errors (for cron)")
	fs.StringVar(&o.onBusy, "if-running", "wait", "when another ingest holds the database, `wait` for it or exit")
	fs.IntVar(&o.workers, "workers", 8, "articles fetched and extracted at once per feed")
	fs.IntVar(&o.feeds, "feeds", 4, "feeds ingested at once")
	fs.DurationVar(&o.timeout, "timeout", 30*time.Second, "timeout of one HTTP request")
	fs.Int64Var(&o.maxBody, "max-body", 10<<20, "largest response body in `bytes`")
	fs.IntVar(&o.perHost, "per-host", 2, "concurrent requests per host")
	fs.Float64Var(&o.rate, "rate", 2, "requests per second per host; negative for no limit")
	fs.BoolVar(&o.robots, "robots", true, "honour robots.txt for pages")
	fs.BoolVar(&o.allowPrivate, "allow-private-network", false, "let links in remote feeds reach private, loopback and link-local addresses\n(the feeds you name may always be private)")
	fs.StringVar(&o.userAgent, "user-agent", "", "User-Agent header (default names newsdesk)")
	fs.DurationVar(&o.interval, "interval", 30*time.Minute, "how long a feed stays fresh when its server does not say")
	fs.DurationVar(&o.maxBackoff, "max-backoff", 24*time.Hour, "longest wait before a feed is fetched again, failing or not")
	if err := parseFlags(fs, args); err != nil {
		return nil, err
	}
	if o.onBusy != "wait" && o.onBusy != "exit" {
		return nil, usageError(e, fs, "--if-running must be wait or exit, not %q", o.onBusy)
	}
	if o.workers < 1 || o.feeds < 1 || o.perHost < 1 || o.maxBody < 1024 || o.timeout <= 0 || o.interval <= 0 || o.maxBackoff <= 0 {
		return nil, usageError(e, fs, "--workers, --feeds and --per-host must be at least 1, --max-body at least 1024, --timeout, --interval and --max-backoff positive")
	}
	o.sources = fs.Args()
	for _, s := range o.sources {
		if strings.HasPrefix(s, "http://") || strings.HasPrefix(s, "https://") {
			continue
		}
		if _, err := os.Stat(s); err != nil {
			return nil, usageError(e, fs, "%v", err)
		}
	}
	return o, nil
}

// ingestSQLite runs the pipeline in this process over a SQLite database:
// the sources named, or the feeds that are due.
func ingestSQLite(ctx context.Context, e *env, o *ingestOpts) error {
	opt := storageOptions(false)
	// a connection kept for each fetcher that may query at once, and
	// the writer's
	opt.IdleConns = o.feeds*o.workers + 1
	db, err := storage.Open(ctx, o.db, opt)
	if err != nil {
		return err
	}
	defer db.Close()
	ex, err := extract.New()
	if err != nil {
		return err
	}
	sources := o.sources
	if len(sources) == 0 {
		if sources, err = dueSources(ctx, e, db, o.quiet); err != nil {
			return err
		}
	}
	log, bar := ingestLog(e, o.quiet, o.asJSON, len(sources))
	cfg := pipeline.Config{
		DB:        db,
		Extractor: ex,
		Fetcher: fetch.New(fetch.Config{UserAgent: o.userAgent, Timeout: o.timeout, MaxBodyBytes: o.maxBody,
			PerHostConcurrency: o.perHost, PerHostRate: o.rate, RespectRobots: o.robots,
			AllowPrivateNetwork: o.allowPrivate}),
		MaxFileBytes: o.maxBody,
		Feeds:        o.feeds,
		Workers:      o.workers,
		Interval:     o.interval,
		MaxBackoff:   o.maxBackoff,
		Log:          log,
	}
	if bar != nil {
		cfg.Progress = bar.update
	}
	p, err := pipeline.New(cfg)
	if err != nil {
		return err
	}
	rep, err := p.Run(ctx, sources)
	if bar != nil {
		bar.finish()
	}
	if perr := printReport(e, rep, o.asJSON, o.quiet); perr != nil {
		return perr
	}
	if err != nil {
		return err // the report so far is printed
	}
	if rep.SourcesFailed() {
		return errPartial
	}
	return nil
}

// lockIngest takes the database's lock, waiting for another ingest if
// wait is set. Without wait it returns no lock and no error when another
// ingest holds it: that run does the work, and for cron an overlap is no
// failure.
func lockIngest(ctx context.Context, e *env, dbPath string, wait, quiet bool) (*dbLock, error) {
	waiting := func() {
		if !quiet {
			fmt.Fprintf(e.stderr, "newsdesk ingest: another ingest is running on %s; waiting for it to finish\n", shownDB(dbPath))
		}
	}
	lock, err := lockDatabase(ctx, dbPath, wait, waiting)
	if errors.Is(err, errLocked) {
		if !quiet {
			fmt.Fprintf(e.stderr, "newsdesk ingest: another ingest is running on %s; leaving the work to it (--if-running=exit)\n", shownDB(dbPath))
		}
		return nil, nil
	}
	return lock, err
}

// dueSources are the registered feeds that are due.
func dueSources(ctx context.Context, e *env, db *storage.DB, quiet bool) ([]string, error) {
	due, err := db.DueFeeds(ctx, time.Now())
	if err != nil {
		return nil, err
	}
	var sources []string
	for _, f := range due {
		sources = append(sources, f.URL)
	}
	if len(sources) == 0 && !quiet {
		fmt.Fprintln(e.stderr, "newsdesk ingest: no registered feed is due (add some with 'newsdesk feeds add URL')")
	}
	return sources, nil
}

// ingestLog makes the run's log: a terminal gets a progress line (unless
// the summary is JSON) with warnings above it; anything else (cron, a pipe)
// gets structured logs; --quiet only errors.
func ingestLog(e *env, quiet, asJSON bool, feeds int) (*slog.Logger, *progressLine) {
	var bar *progressLine
	out := io.Writer(e.stderr)
	level := slog.LevelInfo
	switch {
	case quiet:
		level = slog.LevelError
	case e.isTTY:
		level = slog.LevelWarn
		if !asJSON {
			bar = &progressLine{w: e.stderr, total: feeds}
			out = bar
		}
	}
	return slog.New(slog.NewTextHandler(out, &slog.HandlerOptions{Level: level})), bar
}

// printReport prints the run's closing summary: a line, or JSON.
func printReport(e *env, rep *pipeline.Report, asJSON, quiet bool) error {
	switch {
	case rep == nil:
	case asJSON:
		enc := json.NewEncoder(e.stdout)
		enc.SetIndent("", "  ")
		return enc.Encode(rep)
	case !quiet:
		fmt.Fprintln(e.stdout, "newsdesk ingest: "+rep.Summary())
	}
	return nil
}

// progressLine redraws one status line on a terminal. Log lines written
// through it appear above the status line rather than inside it.
type progressLine struct {
	w     io.Writer
	total int

	mu   sync.Mutex
	done int
	line string
}

func (p *progressLine) update(ev pipeline.Progress) {
	p.mu.Lock()
	defer p.mu.Unlock()
	if ev.FeedDone {
		p.done++
	}
	p.line = fmt.Sprintf("feeds %d/%d  articles %d (%d new)", p.done, p.total, ev.Articles, ev.ArticlesNew)
	fmt.Fprint(p.w, "\r\033[K"+p.line)
}

// Write prints a log line above the status line.
func (p *progressLine) Write(b []byte) (int, error) {
	p.mu.Lock()
	defer p.mu.Unlock()
	fmt.Fprint(p.w, "\r\033[K")
	n, err := p.w.Write(b)
	if p.line != "" {
		fmt.Fprint(p.w, p.line)
	}
	return n, err
}

func (p *progressLine) finish() {
	p.mu.Lock()
	defer p.mu.Unlock()
	fmt.Fprint(p.w, "\r\033[K")
	p.line = ""
}

// errLocked: another ingest holds the database and we were told not to wait.
var errLocked = errors.New("another newsdesk ingest is running on this database")
