package main

import (
	"context"
	"errors"
	"fmt"

	"github.com/newsdesk/newsdesk/storage"
)

const copyHelp = `--from DB --to DB [--replace]

Copy every record (feeds, articles, their records, people, clusters,
stories) from one database to another, either an SQLite file or a
postgres:// URL, keeping every id; then print how many rows of each table
were copied. Each table is copied in one transaction. The source must be of
this newsdesk's schema (run 'newsdesk ingest' on an older one first); it is
only read, and holds the ingest lock meanwhile so that no ingest changes it
half way. The target is created or migrated as needed and must hold no
records, unless --replace is given: then its records are deleted first.`

func runCopy(ctx context.Context, e *env, args []string) error {
	fs := newFlags(e, "copy", copyHelp)
	from := fs.String("from", "", "the database to copy: an SQLite `file` or a postgres:// URL")
	to := fs.String("to", "", "the database to copy into: an SQLite `file` or a postgres:// URL")
	replace := fs.Bool("replace", false, "delete the records the target holds before copying")
	if err := parseFlags(fs, args); err != nil {
		return err
	}
	switch {
	case fs.NArg() > 0:
		return usageError(e, fs, "copy takes no arguments")
	case *from == "" || *to == "":
		return usageError(e, fs, "copy needs --from and --to")
	case *from == *to:
		return usageError(e, fs, "--from and --to are the same database")
	}
	src, err := storage.OpenReadOnly(ctx, *from)
	if err != nil {
		return mustExistHint(err)
	}
	defer src.Close()
	lock, err := lockDatabase(ctx, *from, true, nil)
	if err != nil {
		return err
	}
	defer lock.release()
	dst, err := storage.Open(ctx, *to, storageOptions(false))
	if err != nil {
		return err
	}
	defer dst.Close()
	copied, err := storage.Copy(ctx, src, dst, *replace)
	if errors.Is(err, storage.ErrNotEmpty) {
		return fmt.Errorf("%w (give --replace to delete them first)", err)
	}
	for _, c := range copied {
		fmt.Fprintf(e.stdout, "%-18s %d\n", c.Table, c.Rows)
	}
	if err != nil {
		return err
	}
	fmt.Fprintf(e.stdout, "copied %s to %s\n", shownDB(*from), shownDB(*to))
	return nil
}
