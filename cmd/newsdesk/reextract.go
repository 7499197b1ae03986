package main

import (
	"context"
	"errors"
	"fmt"
	"os"

	"github.com/newsdesk/newsdesk/extract"
	"github.com/newsdesk/newsdesk/storage"
)

// runReextract re-runs the current extractors over every stored article,
// replacing each article's records in a transaction of its own. It holds
// the ingest lock, so it never races an ingest on the same database.
func runReextract(ctx context.Context, e *env, args []string) error {
	fs := newFlags(e, "reextract", "")
	dbPath := fs.String("db", defaultDB(), dbUsage+"; must exist")
	if err := parseFlags(fs, args); err != nil {
		return err
	}
	if fs.NArg() > 0 {
		return usageError(e, fs, "reextract takes no arguments")
	}
	// before the lock, which would leave a lock file beside a database that is not there
	if _, err := os.Stat(*dbPath); errors.Is(err, os.ErrNotExist) && !storage.IsPostgres(*dbPath) {
		return fmt.Errorf("%w: %s (run 'newsdesk ingest' first, or give --db FILE)", storage.ErrNoDatabase, *dbPath)
	}
	lock, err := lockDatabase(ctx, *dbPath, true, nil)
	if err != nil {
		return err
	}
	defer lock.release()
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
	fmt.Fprintf(e.stdout, "newsdesk reextract: %d articles, %d changed, %d records stored (extractor %s)\n",
		st.Articles, st.Changed, st.Records, extract.Version)
	return nil
}
