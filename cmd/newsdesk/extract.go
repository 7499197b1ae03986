package main

import (
	"bytes"
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"net/http"
	"os"
	"strings"
	"time"

	"github.com/newsdesk/newsdesk/extract"
	"github.com/newsdesk/newsdesk/pipeline/fetch"
	"github.com/newsdesk/newsdesk/pipeline/page"
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

// ErrNotText: an input is neither text nor an HTML page.
var ErrNotText = errors.New("not text or HTML")

const extractHelp = `[FILE|URL|-]...

Print the extraction of each input as one line of JSON (JSON Lines), in the
order given; without inputs, or with -, read stdin. An input is an HTML page
or plain text, told apart by its content whatever its name: a page (a saved
.txt, or HTML on stdin too) is reduced to its article first. Binary files are
refused.

An input that fails (missing, a directory, binary) prints no line and one
line on stderr; the others are still printed. Exit status: 0 when every
input was extracted, 2 when some (or all) failed, 1 on usage errors.`

func runExtract(ctx context.Context, e *env, args []string) error {
	fs := newFlags(e, "extract", extractHelp)
	pretty := fs.Bool("pretty", false, "indent the JSON; with several inputs, each object in turn")
	timeout := fs.Duration("timeout", 30*time.Second, "timeout for a URL")
	if err := parseFlags(fs, args); err != nil {
		return err
	}
	inputs := fs.Args()
	if len(inputs) == 0 {
		inputs = []string{"-"}
	}
	ex, err := extract.New()
	if err != nil {
		return err
	}
	client := fetch.New(fetch.Config{Timeout: *timeout})
	enc := json.NewEncoder(e.stdout)
	enc.SetEscapeHTML(false)
	if *pretty {
		enc.SetIndent("", "  ")
	}
	failed := 0
	for _, in := range inputs {
		out, err := extractOne(ctx, e, client, ex, in)
		if err != nil {
			if ctx.Err() != nil {
				return context.Cause(ctx)
			}
			fmt.Fprintf(e.stderr, "newsdesk extract: %s: %v\n", in, err)
			failed++
			continue
		}
		if err := enc.Encode(out); err != nil {
			return err
		}
	}
	if failed > 0 {
		return errPartial
	}
	return nil
}

func extractOne(ctx context.Context, e *env, client *fetch.Client, ex *extract.Extractor, in string) (*extraction, error) {
	raw, pageURL, err := readInput(ctx, e, client, in)
	if err != nil {
		return nil, err
	}
	out := &extraction{}
	if pageURL == "" { // a URL's body is checked and converted by fetch
		if why := notText(raw); why != "" {
			return nil, fmt.Errorf("%w (%s)", ErrNotText, why)
		}
		raw, _ = fetch.ToUTF8(raw)
	}
	if pageURL != "" || isPage(raw, in) {
		doc, err := page.Parse(raw, pageURL)
		if err != nil {
			return nil, err
		}
		out.Body = doc.Body
		out.Title, out.Byline, out.URL = optional(doc.Title), optional(doc.Byline), optional(doc.URL)
		if out.URL == nil && pageURL != "" {
			out.URL = &pageURL
		}
		if !doc.Published.IsZero() {
			s := doc.Published.UTC().Format(time.RFC3339)
			out.Published = &s
		}
	} else {
		out.Body = strings.ReplaceAll(string(raw), "\r\n", "\n")
	}
	out.Result = ex.Extract(out.Body)
	return out, nil
}

// readInput reads a file, stdin ("-") or a URL; pageURL is set for a URL.
func readInput(ctx context.Context, e *env, client *fetch.Client, in string) (raw []byte, pageURL string, err error) {
	switch {
	case in == "-":
		raw, err = io.ReadAll(io.LimitReader(e.stdin, 64<<20))
		return raw, "", err
	case strings.HasPrefix(in, "http://") || strings.HasPrefix(in, "https://"):
		resp, err := client.Get(ctx, fetch.Request{URL: in, Page: true})
		if err != nil {
			return nil, "", err
		}
		return resp.Body, resp.URL, nil
	}
	fi, err := os.Stat(in)
	switch {
	case err != nil:
		return nil, "", err
	case fi.IsDir():
		return nil, "", errors.New("is a directory")
	}
	raw, err = os.ReadFile(in)
	return raw, "", err
}

func optional(s string) *string {
	if s == "" {
		return nil
	}
	return &s
}

// notText says why b is not text or HTML ("" when it is): content sniffed
// as something else (an image, a PDF, an archive), NUL bytes (a program),
// or more than one byte in a hundred that no text holds. Text in any encoding
// passes; UTF-16 only with its byte order mark. A stray control byte or two
// (real feeds have them) is no reason to refuse a text.
func notText(b []byte) string {
	if bytes.HasPrefix(b, []byte("\xfe\xff")) || bytes.HasPrefix(b, []byte("\xff\xfe")) {
		return ""
	}
	// a signature (image, PDF, archive, ...); its octet-stream, for a
	// control byte in the first 512, is left to the count below
	if ct := http.DetectContentType(b); !strings.HasPrefix(ct, "text/") && ct != "application/octet-stream" {
		return "content looks like " + ct
	}
	control := 0
	for _, c := range b {
		if c == 0 {
			return "NUL bytes"
		}
		if binaryByte[c] {
			control++
		}
	}
	if control > len(b)/100 {
		return fmt.Sprintf("%d control bytes", control)
	}
	return ""
}

// binaryByte marks the bytes that no text holds, as the WHATWG MIME
// Sniffing Standard defines them (tab, line feed, form feed, carriage
// return and escape are text).
var binaryByte = func() (t [256]bool) {
	for c := range 0x20 {
		t[c] = c <= 0x08 || c == 0x0b || (c >= 0x0e && c <= 0x1a) || c >= 0x1c
	}
	return t
}()

// pageTags open an HTML page; one near the start marks a page whatever
// precedes it (an XML declaration, comments, a byte order mark).
var pageTags = [][]byte{[]byte("<!doctype html"), []byte("<html"), []byte("<head"), []byte("<body")}

// isPage tells an HTML page from plain text by its content: a doctype or
// an <html>, <head> or <body> tag in the first 64 KiB. A file named .html
// is a page also when it is only a fragment of one (it starts with markup).
// Any other name counts for nothing: a page saved as .txt is a page.
func isPage(b []byte, name string) bool {
	head := bytes.ToLower(b[:min(len(b), 64<<10)])
	for _, tag := range pageTags {
		for off := 0; ; {
			i := bytes.Index(head[off:], tag)
			if i < 0 {
				break
			}
			end := off + i + len(tag)
			if end == len(head) || bytes.IndexByte([]byte(" \t\r\n>/"), head[end]) >= 0 {
				return true
			}
			off = end
		}
	}
	lower := strings.ToLower(name)
	named := strings.HasSuffix(lower, ".html") || strings.HasSuffix(lower, ".htm") || strings.HasSuffix(lower, ".xhtml")
	return named && strings.HasPrefix(http.DetectContentType(b), "text/html")
}
