// Command newsdesk ingests news feeds, extracts officials, countries,
// quotes, troop numbers and death tolls, and keeps them as linked records in
// SQLite.
//
//	newsdesk ingest [flags] [SOURCE...]     feeds (URLs or files) into the database
//	newsdesk extract [flags] [FILE|URL|-]... one document's extraction as JSON
//	newsdesk quotes [flags]                 stored quotes
//	newsdesk officials [flags]              stored officials
//	newsdesk figures [flags]                stored troop figures and death tolls
//	newsdesk feeds add|list|remove          registered feeds
//	newsdesk reextract [flags]              re-run the extractors over stored articles
//
// Exit status: 0 on success, 1 on usage or fatal errors, 2 when a run
// completed but some sources failed.
package main

import (
	"context"
	"errors"
	"flag"
	"fmt"
	"io"
	"os"
	"os/signal"
	"syscall"
)

// errUsage marks a usage error: the command printed its usage already.
var errUsage = errors.New("usage")

// errPartial marks a run that completed with some sources failed.
var errPartial = errors.New("some sources failed")

type command struct {
	name    string
	summary string
	run     func(ctx context.Context, env *env, args []string) error
}

// env is what commands read and write, so that tests can run them.
type env struct {
	stdin  io.Reader
	stdout io.Writer
	stderr io.Writer
	isTTY  bool
}

func commands() []command {
	return []command{
		{"ingest", "ingest feeds (URLs or local files) into the database", runIngest},
		{"extract", "print the extraction of documents as JSON", runExtract},
		{"quotes", "list stored quotes", runQuotes},
		{"officials", "list stored officials", runOfficials},
		{"figures", "list stored troop figures and death tolls", runFigures},
		{"feeds", "manage registered feeds: add, list, remove", runFeeds},
		{"reextract", "re-run the extractors over every stored article", runReextract},
		{"serve", "serve the database read-only: JSON API and web pages", runServe},
	}
}

func main() {
	ctx, stop := signal.NotifyContext(context.Background(), os.Interrupt, syscall.SIGTERM)
	code := run(ctx, &env{stdin: os.Stdin, stdout: os.Stdout, stderr: os.Stderr, isTTY: isTerminal(os.Stderr)}, os.Args[1:])
	stop()
	os.Exit(code)
}

// run dispatches to a command and maps its error to an exit status.
func run(ctx context.Context, e *env, args []string) int {
	if len(args) == 0 || args[0] == "-h" || args[0] == "--help" || args[0] == "help" {
		usage(e.stderr)
		if len(args) == 0 {
			return 1
		}
		return 0
	}
	for _, c := range commands() {
		if c.name != args[0] {
			continue
		}
		err := c.run(ctx, e, args[1:])
		switch {
		case err == nil:
			return 0
		case errors.Is(err, flag.ErrHelp):
			return 0
		case errors.Is(err, errUsage):
			return 1
		case errors.Is(err, errPartial):
			return 2
		default:
			fmt.Fprintf(e.stderr, "newsdesk %s: %v\n", c.name, err)
			return 1
		}
	}
	fmt.Fprintf(e.stderr, "newsdesk: unknown command %q\n\n", args[0])
	usage(e.stderr)
	return 1
}

func usage(w io.Writer) {
	fmt.Fprintln(w, "usage: newsdesk COMMAND [flags] [args]")
	fmt.Fprintln(w)
	fmt.Fprintln(w, "commands:")
	for _, c := range commands() {
		fmt.Fprintf(w, "  %-10s %s\n", c.name, c.summary)
	}
	fmt.Fprintln(w)
	fmt.Fprintln(w, "Run 'newsdesk COMMAND -h' for a command's flags.")
}

// newFlags makes a command's flag set; parse errors print usage there.
func newFlags(e *env, name, args string) *flag.FlagSet {
	fs := flag.NewFlagSet("newsdesk "+name, flag.ContinueOnError)
	fs.SetOutput(e.stderr)
	fs.Usage = func() {
		fmt.Fprintf(e.stderr, "usage: newsdesk %s [flags] %s\n\nflags:\n", name, args)
		fs.PrintDefaults()
	}
	return fs
}

// parseFlags parses args, mapping a bad flag to errUsage.
func parseFlags(fs *flag.FlagSet, args []string) error {
	if err := fs.Parse(args); err != nil {
		if errors.Is(err, flag.ErrHelp) {
			return err
		}
		return errUsage
	}
	return nil
}

// usageError prints a message and the command's usage.
func usageError(e *env, fs *flag.FlagSet, format string, a ...any) error {
	fmt.Fprintf(e.stderr, "%s: %s\n", fs.Name(), fmt.Sprintf(format, a...))
	fs.Usage()
	return errUsage
}

func isTerminal(f *os.File) bool {
	fi, err := f.Stat()
	return err == nil && fi.Mode()&os.ModeCharDevice != 0
}
