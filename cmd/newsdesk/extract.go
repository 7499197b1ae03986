package main

import (
	"bufio"
	"context"
	"encoding/json"
	"fmt"
	"io"
	"os"
	"runtime"
	"runtime/debug"
	"strings"
	"time"

	"github.com/newsdesk/newsdesk/extract"
	"github.com/newsdesk/newsdesk/pipeline"
	"github.com/newsdesk/newsdesk/pipeline/fetch"
)

// extraction is the JSON contract of `newsdesk extract` (see
// ../shared/gold/GUIDELINES.md): the document's metadata, the body the
// extractors ran on and the five lists.
type extraction struct {
	Title     *string `json:"title"`
	Byline    *string `json:"byline"`
	Published *string `json:"published"`
	URL       *string `json:"url"`
	Body      string  `json:"body"`
	*extract.Result
}

const extractHelp = `[FILE|URL|-]...

Print the extraction of each input as one line of JSON (JSON Lines), in the
order given; without inputs, or with -, read stdin. An input is an HTML page
or plain text, told apart by its content whatever its name: a page (a saved
.txt, or HTML on stdin too) is reduced to its article first. Binary files are
refused, and so is an input larger than --max-bytes.

An input that fails (missing, a directory, binary) prints no line and one
line on stderr; the others are still printed. Exit status: 0 when every
input was extracted, 2 when some (or all) failed, 1 on usage errors.`

func runExtract(ctx context.Context, e *env, args []string) (err error) {
	fs := newFlags(e, "extract", extractHelp)
	pretty := fs.Bool("pretty", false, "indent the JSON; with several inputs, each object in turn")
	timeout := fs.Duration("timeout", 30*time.Second, "timeout for a URL")
	maxBytes := fs.Int64("max-bytes", 32<<20, "largest input in `bytes`; a larger one is refused")
	if err := parseFlags(fs, args); err != nil {
		return err
	}
	inputs := fs.Args()
	if len(inputs) == 0 {
		inputs = []string{"-"}
	}
	if len(inputs) > 1 {
		defer oneProcessor()()
	}
	gc := roomyGC()
	defer gc.restore()
	if len(inputs) > 1 {
		// after roomyGC, so that its block starts no collection of its own
		hugeHeap()
	}
	ex, err := extract.New()
	if err != nil {
		return err
	}
	if *maxBytes < 1 {
		return usageError(e, fs, "--max-bytes must be positive")
	}
	client := fetch.New(fetch.Config{Timeout: *timeout, MaxBodyBytes: *maxBytes})
	// lines go out in blocks, not one write each; a failed input flushes
	// them first, so that stdout and stderr keep the order of the inputs
	stdout := bufio.NewWriterSize(e.stdout, 64<<10)
	defer func() {
		if ferr := stdout.Flush(); err == nil {
			err = ferr
		}
	}()
	enc := json.NewEncoder(stdout)
	enc.SetEscapeHTML(false)
	if *pretty {
		enc.SetIndent("", "  ")
	}
	var line []byte
	failed := 0
	for _, in := range inputs {
		out, err := extractOne(ctx, e, client, ex, gc, in, *maxBytes)
		if err != nil {
			if ctx.Err() != nil {
				return context.Cause(ctx)
			}
			if err := stdout.Flush(); err != nil {
				return err
			}
			fmt.Fprintf(e.stderr, "newsdesk extract: %s\n", inputError(in, err))
			failed++
			continue
		}
		if err := writeExtraction(stdout, enc, *pretty, &line, out); err != nil {
			return err
		}
	}
	if failed > 0 {
		return errPartial
	}
	return nil
}

// oneProcessor runs the Go scheduler on one processor until the returned
// function is called, unless GOMAXPROCS is set. extract works through its
// inputs one at a time on one goroutine: a second processor has nothing to
// run but the collector's idle marking and the scheduler's spinning, which
// cost CPU time (a tenth of it over a few hundred articles) for little
// gain in wall time. It is called only for several inputs: handing the
// second processor's cached spans back costs about 100 page faults (2 ms
// of CPU on a virtual machine, where a fault costs some 17 us), a tenth
// of what extract of one short file costs in all.
func oneProcessor() (restore func()) {
	if os.Getenv("GOMAXPROCS") != "" {
		return func() {}
	}
	n := runtime.GOMAXPROCS(1)
	return func() { runtime.GOMAXPROCS(n) }
}

// gcRoom is the collector's setting while extract reads its first input
// (see roomyGC).
type gcRoom struct {
	old int  // the percent to put back
	set bool // roomyGC changed it, and nothing has put it back yet
}

// roomyGCPercent lets the heap grow to nine times what survived the last
// collection, rather than twice (GOGC=100): the first goal is then 32 MB
// (the runtime's 4 MB floor times eight), which reading the gazetteers
// (about 3 MB that all survive) does not reach.
const roomyGCPercent = 800

// roomyBody is the length of a body from which on the collector's default
// is put back at once: half a megabyte, so that the largest body still run
// at roomyGCPercent grows the heap about as far as a body of 1 MB did at
// 400.
const roomyBody = 1 << 19

// roomyGC lets the heap grow further between collections (roomyGCPercent)
// unless GOGC is set, until a body of roomyBody bytes or more is read
// (gcRoom.input) or restore is called. The first Extract reads the
// gazetteers, which all survive: at the default the runtime's 4 MB floor
// would collect once while they are read, for nothing. After them, extract
// keeps little alive from one article to the next (the gazetteers, about
// 3 MB), so the heap stays under some 30 MB however many articles are
// read. The 417 BBC politics articles then run without a collection, for
// about 5% less CPU than with the default put back after the first input
// (3 collections, whose marking and write barriers cost more than the 400
// more page faults of the larger heap); 2,372 BBC articles (5.7 MB)
// collect once rather than 8 times, in 49 MB resident rather than 28.
func roomyGC() *gcRoom {
	if os.Getenv("GOGC") != "" {
		return &gcRoom{}
	}
	return &gcRoom{old: debug.SetGCPercent(roomyGCPercent), set: true}
}

// input is told the length of each body before it is extracted.
func (g *gcRoom) input(n int) {
	if n >= roomyBody {
		g.restore()
	}
}

// restore puts the collector's setting back.
func (g *gcRoom) restore() {
	if g.set {
		debug.SetGCPercent(g.old)
		g.set = false
	}
}

func extractOne(ctx context.Context, e *env, client *fetch.Client, ex *extract.Extractor, gc *gcRoom, in string, maxBytes int64) (*extraction, error) {
	var doc *pipeline.Document
	var err error
	if in == "-" {
		var raw []byte
		raw, err = io.ReadAll(io.LimitReader(e.stdin, maxBytes+1))
		switch {
		case err != nil:
		case int64(len(raw)) > maxBytes:
			err = fmt.Errorf("%w: more than the limit of %d bytes", pipeline.ErrTooLarge, maxBytes)
		default:
			doc, err = pipeline.ParseDocument(raw, "", in)
		}
	} else {
		doc, err = pipeline.ReadDocument(ctx, client, in, maxBytes)
	}
	if err != nil {
		return nil, err
	}
	out := &extraction{Body: doc.Body, Title: optional(doc.Title), Byline: optional(doc.Byline), URL: optional(doc.URL)}
	if !doc.Published.IsZero() {
		s := doc.Published.Format(time.RFC3339)
		out.Published = &s
	}
	gc.input(len(out.Body))
	if out.Result, err = pipeline.Extract(ex, out.Body); err != nil {
		return nil, err
	}
	return out, nil
}

func optional(s string) *string {
	if s == "" {
		return nil
	}
	return &s
}

// inputError words the failure of an input for its line on stderr: the
// input named once, without the package prefix the error carries.
func inputError(in string, err error) string {
	msg := strings.TrimPrefix(err.Error(), "pipeline: ")
	msg = strings.TrimPrefix(msg, "open "+in+": ")
	msg = strings.TrimPrefix(msg, in+": ")
	return in + ": " + msg
}

// writeExtraction writes out as one line of JSON through appendExtraction
// (line is its buffer, kept from one input to the next), or with enc when
// the output is indented.
func writeExtraction(w io.Writer, enc *json.Encoder, pretty bool, line *[]byte, out *extraction) error {
	if pretty {
		return enc.Encode(out)
	}
	b, ok := appendExtraction((*line)[:0], out)
	if !ok {
		return enc.Encode(out)
	}
	*line = b
	_, err := w.Write(b)
	return err
}
