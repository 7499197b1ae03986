package main

import (
	"context"
	"fmt"
	"net/url"
	"strings"
	"text/tabwriter"
	"time"

	"github.com/newsdesk/newsdesk/storage"
)

func runFeeds(ctx context.Context, e *env, args []string) error {
	fs := newFlags(e, "feeds", "add URL... | list | remove URL...")
	dbPath := fs.String("db", "newsdesk.db", "SQLite database `file`")
	if err := parseFlags(fs, args); err != nil {
		return err
	}
	rest := fs.Args()
	if len(rest) == 0 {
		return usageError(e, fs, "missing subcommand: add, list or remove")
	}
	sub, urls := rest[0], rest[1:]
	switch sub {
	case "add", "remove":
		if len(urls) == 0 {
			return usageError(e, fs, "feeds %s needs at least one URL", sub)
		}
		for _, u := range urls {
			if p, err := url.Parse(u); err != nil || (p.Scheme != "http" && p.Scheme != "https") || p.Host == "" {
				return usageError(e, fs, "%q is not an http or https URL", u)
			}
		}
	case "list":
		if len(urls) > 0 {
			return usageError(e, fs, "feeds list takes no arguments")
		}
	default:
		return usageError(e, fs, "unknown subcommand %q: want add, list or remove", sub)
	}
	opt := storage.Options{MustExist: sub != "add"}
	db, err := storage.Open(ctx, *dbPath, opt)
	if err != nil {
		return err
	}
	defer db.Close()
	switch sub {
	case "add":
		for _, u := range urls {
			created, err := db.AddFeed(ctx, u)
			if err != nil {
				return err
			}
			if created {
				fmt.Fprintf(e.stdout, "added %s\n", u)
			} else {
				fmt.Fprintf(e.stdout, "already registered: %s\n", u)
			}
		}
	case "remove":
		for _, u := range urls {
			if err := db.RemoveFeed(ctx, u); err != nil {
				return err
			}
			fmt.Fprintf(e.stdout, "removed %s\n", u)
		}
	case "list":
		feeds, err := db.Feeds(ctx)
		if err != nil {
			return err
		}
		tw := tabwriter.NewWriter(e.stdout, 0, 0, 2, ' ', 0)
		fmt.Fprintln(tw, "URL\tLAST FETCH\tSTATUS\tERRORS\tNEXT DUE\tARTICLES\tLAST ERROR")
		now := time.Now()
		for _, f := range feeds {
			fmt.Fprintf(tw, "%s\t%s\t%s\t%d\t%s\t%d\t%s\n", f.URL, when(f.LastFetchedAt, "never"), orDash(f.LastStatus),
				f.ErrorCount, due(f.NextFetchAt, now), f.Articles, clip(feedError(f), 70))
		}
		return tw.Flush()
	}
	return nil
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
