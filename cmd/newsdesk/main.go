// Command newsdesk ingests news feeds, extracts officials, countries,
// quotes, troop numbers and death tolls, and keeps them as linked records in
// SQLite.
//
//	newsdesk ingest [flags] [SOURCE...]     feeds (URLs or files) into the database
//	newsdesk extract [flags] [FILE|URL|-]... one document's extraction as JSON
//	newsdesk quotes [flags]                 stored quotes (--unique: each quotation once)
//	newsdesk officials [flags]              stored officials
//	newsdesk figures [flags]                stored troop figures and death tolls
//	newsdesk people [flags]                 people across articles, with their aliases and roles
//	newsdesk feeds add|list|remove          registered feeds
//	newsdesk reextract [flags]              re-run the extractors over stored articles
//	newsdesk worker --db postgres://… [flags] work the queue of a PostgreSQL database
//	newsdesk version                        the build's version and commit
//	newsdesk help [COMMAND]                 a command's usage and flags
//
// Exit status: 0 on success, 1 on usage or fatal errors, 2 when a run
// completed but some sources (feeds, or inputs of extract) failed.
//
// # Adding a command
//
// Write a function runX(ctx, e, args) and list it in commands(). Inside:
//
//	fs := newFlags(e, "x", "[ARG...]\n\nWhat x does, in a paragraph.")
//	db := fs.String("db", "newsdesk.db", "SQLite database `file`")
//	if err := parseFlags(fs, args); err != nil {
//		return err
//	}
//	for _, arg := range fs.Args() { ... }
//
// parseFlags reads flags before, between and after the positional
// arguments ("newsdesk ingest feed.xml --db x.db"); "--" ends the flags, so
// that "newsdesk extract -- -odd-name.txt" reads a file. -h and --help print
// the usage to stdout, listing exactly the flags defined on fs (so define
// only flags the command accepts). Write to e.stdout and e.stderr, never to
// os.Stdout. Return usageError(e, fs, ...) for a bad combination of
// arguments (exit 1, with the usage), errPartial when the run completed but
// some of its inputs failed (exit 2), any other error for a fatal one
// (exit 1, printed as "newsdesk x: error"). A command that only reads
// opens the database with openForReading (read-only, so it works in a
// folder it may not write); a listing prints through listing.write, whose
// table is cut to the terminal's width only on a terminal (terminalWidth).
package main

import (
	"context"
	"errors"
	"flag"
	"fmt"
	"io"
	"os"
	"os/signal"
	"reflect"
	"runtime/pprof"
	"slices"
	"strings"
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
	isTTY  bool // stderr is a terminal: progress lines instead of logs
}

func commands() []command {
	return []command{
		{"ingest", "ingest feeds (URLs or local files) into the database", runIngest},
		{"extract", "print the extraction of documents as JSON", runExtract},
		{"quotes", "list stored quotes", runQuotes},
		{"officials", "list stored officials", runOfficials},
		{"figures", "list stored troop figures and death tolls", runFigures},
		{"people", "list people across articles, with every form of their name", runPeople},
		{"feeds", "manage registered feeds: add, list, remove", runFeeds},
		{"reextract", "re-run the extractors over every stored article", runReextract},
		{"worker", "work the job queue of a PostgreSQL database (feeds and articles)", runWorker},
		{"copy", "copy every record from one database to another (SQLite or PostgreSQL)", runCopy},
		{"version", "print the version, commit and Go release of this build", runVersion},
		{"serve", "serve the database read-only: JSON API and web pages", runServe},
	}
}

func main() {
	ctx, stop := signal.NotifyContext(context.Background(), os.Interrupt, syscall.SIGTERM)
	e := &env{stdin: os.Stdin, stdout: os.Stdout, stderr: os.Stderr, isTTY: isTerminal(os.Stderr)}
	stopProfile := startProfile(e.stderr, os.Getenv("NEWSDESK_CPUPROFILE"))
	code := run(ctx, e, os.Args[1:])
	stopProfile()
	stop()
	os.Exit(code)
}

// startProfile writes a CPU profile of the whole run to path, for
// measuring the CLI as users run it (start-up included):
//
//	NEWSDESK_CPUPROFILE=cpu.prof newsdesk extract FILE...
//	go tool pprof -top newsdesk cpu.prof
//
// It is deliberately undocumented in the usage: a developer's tool. With
// path "" it does nothing; a profile that cannot start is reported and the
// run goes on without it.
func startProfile(stderr io.Writer, path string) (stop func()) {
	if path == "" {
		return func() {}
	}
	f, err := os.Create(path)
	if err == nil {
		err = pprof.StartCPUProfile(f)
	}
	if err != nil {
		fmt.Fprintf(stderr, "newsdesk: no CPU profile: %v\n", err)
		return func() {}
	}
	return func() {
		pprof.StopCPUProfile()
		if err := f.Close(); err != nil {
			fmt.Fprintf(stderr, "newsdesk: CPU profile: %v\n", err)
		}
	}
}

// run dispatches to a command and maps its error to an exit status.
func run(ctx context.Context, e *env, args []string) int {
	if len(args) == 0 {
		usage(e.stderr)
		return 1
	}
	name, rest := args[0], args[1:]
	switch name {
	case "-h", "-help", "--help":
		usage(e.stdout)
		return 0
	case "-version", "--version":
		name = "version"
	case "help":
		if len(rest) == 0 {
			usage(e.stdout)
			return 0
		}
		if len(rest) > 1 {
			fmt.Fprintf(e.stderr, "newsdesk help: want one command, not %q\n", rest)
			return 1
		}
		// a command's -h prints its usage to stdout
		name, rest = rest[0], []string{"-h"}
	}
	i := slices.IndexFunc(commands(), func(c command) bool { return c.name == name })
	if i < 0 {
		fmt.Fprintf(e.stderr, "newsdesk: unknown command %q\n\n", name)
		usage(e.stderr)
		return 1
	}
	err := commands()[i].run(ctx, e, rest)
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
		fmt.Fprintf(e.stderr, "newsdesk %s: %v\n", name, err)
		return 1
	}
}

func usage(w io.Writer) {
	fmt.Fprintln(w, "usage: newsdesk COMMAND [flags] [args]")
	fmt.Fprintln(w)
	fmt.Fprintln(w, "commands:")
	for _, c := range commands() {
		fmt.Fprintf(w, "  %-10s %s\n", c.name, c.summary)
	}
	fmt.Fprintln(w)
	fmt.Fprintln(w, "Run 'newsdesk help COMMAND' (or 'newsdesk COMMAND -h') for a command's flags.")
	fmt.Fprintln(w, "Exit status: 0 on success, 1 on usage or fatal errors, 2 when a run completed")
	fmt.Fprintln(w, "but some of its sources failed.")
}

// cmdOutput is the output of a command's flag set: usage errors go to
// stderr; help that was asked for (-h) goes to stdout.
type cmdOutput struct{ stdout, stderr io.Writer }

func (o *cmdOutput) Write(p []byte) (int, error) { return o.stderr.Write(p) }

// newFlags makes a command's flag set. args describes the positional
// arguments, and may go on, after a blank line, with a description of the
// command; both are printed in the usage.
func newFlags(e *env, name, args string) *flag.FlagSet {
	fs := flag.NewFlagSet("newsdesk "+name, flag.ContinueOnError)
	fs.SetOutput(&cmdOutput{stdout: e.stdout, stderr: e.stderr})
	fs.Usage = func() {
		w := fs.Output()
		synopsis, more, _ := strings.Cut(args, "\n")
		fmt.Fprintln(w, strings.TrimSpace("usage: newsdesk "+name+" [flags] "+synopsis))
		if more != "" {
			fmt.Fprintln(w, more)
		}
		n := 0
		fs.VisitAll(func(*flag.Flag) { n++ })
		if n > 0 {
			fmt.Fprint(w, "\nflags (before or after the arguments; -- ends them):\n")
			printFlags(w, fs)
		}
	}
	return fs
}

// parseFlags parses a command's arguments: flags may come before, between
// and after the positional arguments, which fs.Args() returns in order; "--"
// ends the flags. -h or --help prints the usage to stdout and returns
// flag.ErrHelp; a bad flag prints the error and the usage to stderr and
// returns errUsage.
func parseFlags(fs *flag.FlagSet, args []string) error {
	flags, positional := splitFlags(fs, args)
	if slices.ContainsFunc(flags, isHelpFlag(fs)) {
		if o, ok := fs.Output().(*cmdOutput); ok {
			fs.SetOutput(o.stdout)
			defer fs.SetOutput(o)
		}
		fs.Usage()
		return flag.ErrHelp
	}
	if err := fs.Parse(append(append(flags, "--"), positional...)); err != nil {
		if errors.Is(err, flag.ErrHelp) {
			return err
		}
		return errUsage
	}
	return nil
}

// splitFlags sorts args into flags (each with its value, when the value is
// a separate argument) and positional arguments, keeping the order of
// each. An argument that starts with "-" is a flag, except "-" itself (for
// stdin) and everything after "--".
func splitFlags(fs *flag.FlagSet, args []string) (flags, positional []string) {
	for i := 0; i < len(args); i++ {
		a := args[i]
		switch {
		case a == "--":
			return flags, append(positional, args[i+1:]...)
		case a == "-" || !strings.HasPrefix(a, "-"):
			positional = append(positional, a)
			continue
		}
		flags = append(flags, a)
		name := strings.TrimLeft(a, "-")
		if strings.Contains(name, "=") {
			continue
		}
		if f := fs.Lookup(name); f != nil && !isBoolFlag(f) && i+1 < len(args) {
			flags = append(flags, args[i+1]) // its value, whatever it looks like
			i++
		}
	}
	return flags, positional
}

func isBoolFlag(f *flag.Flag) bool {
	b, ok := f.Value.(interface{ IsBoolFlag() bool })
	return ok && b.IsBoolFlag()
}

// isHelpFlag matches -h, -help, --h and --help, unless fs defines them.
func isHelpFlag(fs *flag.FlagSet) func(string) bool {
	return func(a string) bool {
		name := strings.TrimLeft(a, "-")
		return (name == "h" || name == "help") && len(a)-len(name) <= 2 && fs.Lookup(name) == nil
	}
}

// printFlags lists the flags of fs as --name, the way the README writes
// them; like flag.PrintDefaults otherwise.
func printFlags(w io.Writer, fs *flag.FlagSet) {
	fs.VisitAll(func(f *flag.Flag) {
		arg, text := flag.UnquoteUsage(f)
		head := "  --" + f.Name
		if arg != "" {
			head += " " + arg
		}
		if len(head) <= 20 {
			fmt.Fprintf(w, "%-22s%s", head, text)
		} else {
			fmt.Fprintf(w, "%s\n%22s%s", head, "", text)
		}
		if def := f.DefValue; def != "" && def != "false" && def != "0" && def != "0s" {
			if t := reflect.TypeOf(f.Value); t.Kind() == reflect.Pointer && t.Elem().Kind() == reflect.String {
				def = fmt.Sprintf("%q", def)
			}
			fmt.Fprintf(w, " (default %s)", def)
		}
		fmt.Fprintln(w)
	})
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
