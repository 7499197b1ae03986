package main

import (
	"context"
	"errors"
	"fmt"
	"net/url"
	"os"
	"strings"
	"text/tabwriter"
	"time"

	"github.com/newsdesk/newsdesk/pipeline"
	"github.com/newsdesk/newsdesk/storage"
)

func runFeeds(ctx context.Context, e *env, args []string) error {
	fs := newFlags(e, "feeds", "add SOURCE... | list | remove SOURCE...\n\n"+
		"SOURCE is a feed URL or the path of a local feed file, registered under its absolute\n"+
		"path as ingest registers it. Registered feeds are what 'newsdesk ingest' without\n"+
		"sources reads when they are due.")
	dbPath := fs.String("db", defaultDB(), dbUsage)
	if err := parseFlags(fs, args); err != nil {
		return err
	}
	rest := fs.Args()
	if len(rest) == 0 {
		return usageError(e, fs, "missing subcommand: add, list or remove")
	}
	sub, sources := rest[0], rest[1:]
	switch sub {
	case "add", "remove":
		if len(sources) == 0 {
			return usageError(e, fs, "feeds %s needs at least one feed URL or file", sub)
		}
		for i, s := range sources {
			key, err := feedKey(s, sub == "add")
			if err != nil {
				return usageError(e, fs, "%v", err)
			}
			sources[i] = key
		}
	case "list":
		if len(sources) > 0 {
			return usageError(e, fs, "feeds list takes no arguments")
		}
		return listFeeds(ctx, e, *dbPath)
	default:
		return usageError(e, fs, "unknown subcommand %q: want add, list or remove", sub)
	}
	db, err := storage.Open(ctx, *dbPath, storageOptions(sub != "add"))
	if err != nil {
		return mustExistHint(err)
	}
	defer db.Close()
	if sub == "add" {
		for _, s := range sources {
			created, err := db.AddFeed(ctx, s)
			if err != nil {
				return err
			}
			if created {
				fmt.Fprintf(e.stdout, "added %s\n", s)
			} else {
				fmt.Fprintf(e.stdout, "already registered: %s\n", s)
			}
		}
		return nil
	}
	var missing []string
	for _, s := range sources {
		err := db.RemoveFeed(ctx, s)
		switch {
		case errors.Is(err, storage.ErrNoFeed):
			missing = append(missing, s)
		case err != nil:
			return err
		default:
			fmt.Fprintf(e.stdout, "removed %s\n", s)
		}
	}
	if len(missing) > 0 {
		return fmt.Errorf("not registered: %s (see 'newsdesk feeds list')", strings.Join(missing, ", "))
	}
	return nil
}

// feedKey checks a feed given to feeds add or remove and returns the name
// it is registered under (pipeline.SourceKey). A local file must exist to be
// added; one that is gone may still be removed.
func feedKey(s string, adding bool) (string, error) {
	if strings.Contains(s, "://") {
		if u, err := url.Parse(s); err != nil || (u.Scheme != "http" && u.Scheme != "https") || u.Host == "" {
			return "", fmt.Errorf("%q is not an http or https URL, nor a feed file", s)
		}
		return s, nil
	}
	if adding {
		fi, err := os.Stat(s)
		switch {
		case err != nil:
			return "", err
		case !fi.Mode().IsRegular():
			return "", fmt.Errorf("%s is not a feed file", s)
		}
	}
	return pipeline.SourceKey(s), nil
}

// listFeeds prints the registered feeds and the outcome of their last fetch.
func listFeeds(ctx context.Context, e *env, dbPath string) error {
	db, err := openForReading(ctx, dbPath)
	if err != nil {
		return err
	}
	defer db.Close()
	feeds, err := db.Feeds(ctx)
	if err != nil {
		return err
	}
	tw := tabwriter.NewWriter(e.stdout, 0, 0, 2, ' ', 0)
	fmt.Fprintln(tw, "URL\tLAST FETCH\tSTATUS\tERRORS\tNEXT DUE\tARTICLES\tLAST ERROR")
	now := time.Now()
	onTerminal := terminalWidth(e.stdout) > 0 // piped, errors are shown whole
	for _, f := range feeds {
		lastError := feedError(f)
		if onTerminal {
			lastError = clip(lastError, 70)
		}
		fmt.Fprintf(tw, "%s\t%s\t%s\t%d\t%s\t%d\t%s\n", f.URL, when(f.LastFetchedAt, "never"), orDash(f.LastStatus),
			f.ErrorCount, due(f.NextFetchAt, now), f.Articles, lastError)
	}
	return tw.Flush()
}

// feedError is a feed's last error without the "fetch: GET URL: " that
// repeats the feed's URL, which the list shows already.
func feedError(f storage.Feed) string {
	return strings.TrimPrefix(f.LastError, "fetch: GET "+f.URL+": ")
}

func when(t time.Time, zero string) string {
	if t.IsZero() {
		return zero
	}
	return t.Local().Format("2006-01-02 15:04")
}

func due(t, now time.Time) string {
	if t.IsZero() || !t.After(now) {
		return "now"
	}
	return when(t, "now")
}

func orDash(s string) string {
	if s == "" {
		return "-"
	}
	return s
}
