package main

import (
	"context"
	"errors"
	"flag"
	"fmt"
	"io"
	"log/slog"
	"os"

	"github.com/newsdesk/newsdesk/extract"
	"github.com/newsdesk/newsdesk/pipeline"
	"github.com/newsdesk/newsdesk/storage"
)

const reextractHelp = `

Runs the current extractors again over every stored article, replacing
each article's records in a transaction of its own; articles whose records
come out the same are left alone.

On PostgreSQL it queues the articles in batches (--batch) as jobs that
every 'newsdesk worker' on the database shares, works them itself too, and
waits until all are done; with --enqueue-only it only queues them and
leaves them to the workers.`

// runReextract re-runs the current extractors over every stored article,
// replacing each article's records in a transaction of its own. It holds
// the ingest lock, so it never races an ingest on the same database.
func runReextract(ctx context.Context, e *env, args []string) error {
	fs := newFlags(e, "reextract", reextractHelp)
	dbPath := fs.String("db", defaultDB(), dbUsage+"; must exist")
	batch := fs.Int("batch", pipeline.DefaultReextractBatch, "PostgreSQL: articles per job")
	enqueueOnly := fs.Bool("enqueue-only", false, "PostgreSQL: queue the jobs for the workers and exit")
	if err := parseFlags(fs, args); err != nil {
		return err
	}
	if fs.NArg() > 0 {
		return usageError(e, fs, "reextract takes no arguments")
	}
	pg := storage.IsPostgres(*dbPath)
	if *batch < 1 || *enqueueOnly && !pg {
		return usageError(e, fs, "--batch must be at least 1; --enqueue-only needs a PostgreSQL database")
	}
	// before the lock, which would leave a lock file beside a database that is not there
	if _, err := os.Stat(*dbPath); errors.Is(err, os.ErrNotExist) && !pg {
		return fmt.Errorf("%w: %s (run 'newsdesk ingest' first, or give --db FILE)", storage.ErrNoDatabase, *dbPath)
	}
	lock, err := lockDatabase(ctx, *dbPath, true, nil)
	if err != nil {
		return err
	}
	defer lock.release()
	if pg {
		return reextractQueue(ctx, e, *dbPath, *batch, *enqueueOnly)
	}
	db, err := storage.Open(ctx, *dbPath, storageOptions(true))
	if err != nil {
		return mustExistHint(err)
	}
	defer db.Close()
	ex, err := extract.New()
	if err != nil {
		return err
	}
	st, err := db.Reextract(ctx, ex.Extract)
	if err != nil {
		return err
	}
	printReextract(e.stdout, st)
	return nil
}

func printReextract(w io.Writer, st storage.ReextractStats) {
	fmt.Fprintf(w, "newsdesk reextract: %d articles, %d changed, %d records stored (extractor %s)\n",
		st.Articles, st.Changed, st.Records, extract.Version)
}

// reextractQueue is reextract on PostgreSQL: the articles go to the job
// queue in batches, worked by this process and any worker until none is
// left, and what every batch did is summed up from the jobs.
func reextractQueue(ctx context.Context, e *env, url string, batch int, enqueueOnly bool) error {
	f := addQueueFlags(flag.NewFlagSet("reextract", flag.ContinueOnError)) // the defaults
	f.db, f.mustExist = &url, true
	log := slog.New(slog.NewTextHandler(e.stderr, &slog.HandlerOptions{Level: slog.LevelWarn}))
	q, _, closeAll, err := openQueue(ctx, f, log, -1)
	if err != nil {
		return err
	}
	defer closeAll()
	run, n, err := q.EnqueueReextract(ctx, batch)
	if err != nil {
		return err
	}
	if enqueueOnly {
		fmt.Fprintf(e.stdout, "newsdesk reextract: %d articles queued in %d jobs (run %s) for the workers\n",
			n, (n+batch-1)/batch, run)
		return nil
	}
	if err := workRun(ctx, q, run); err != nil {
		return err
	}
	st, failed, err := q.ReextractDone(ctx, run)
	if err != nil {
		return err
	}
	printReextract(e.stdout, st)
	if failed > 0 {
		return fmt.Errorf("reextract: %d of the run's jobs failed for good (see river_job, kind newsdesk_reextract)", failed)
	}
	return nil
}
