package main

import (
	"bytes"
	"context"
	"encoding/json"
	"fmt"
	"io"
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

func runExtract(ctx context.Context, e *env, args []string) error {
	fs := newFlags(e, "extract", "[FILE|URL|-]...")
	pretty := fs.Bool("pretty", false, "indent the JSON (one input only)")
	timeout := fs.Duration("timeout", 30*time.Second, "timeout for a URL")
	if err := parseFlags(fs, args); err != nil {
		return err
	}
	inputs := fs.Args()
	if len(inputs) == 0 {
		inputs = []string{"-"}
	}
	for _, in := range inputs {
		if in == "-" || strings.HasPrefix(in, "http://") || strings.HasPrefix(in, "https://") {
			continue
		}
		if _, err := os.Stat(in); err != nil {
			return usageError(e, fs, "%v", err)
		}
	}
	ex, err := extract.New()
	if err != nil {
		return err
	}
	client := fetch.New(fetch.Config{Timeout: *timeout})
	enc := json.NewEncoder(e.stdout)
	enc.SetEscapeHTML(false)
	if *pretty && len(inputs) == 1 {
		enc.SetIndent("", "  ")
	}
	failed := 0
	for _, in := range inputs {
		out, err := extractOne(ctx, e, client, ex, in)
		if err != nil {
			fmt.Fprintf(e.stderr, "newsdesk extract: %s: %v\n", in, err)
			failed++
			continue
		}
		if err := enc.Encode(out); err != nil {
			return err
		}
	}
	if failed == len(inputs) {
		return fmt.Errorf("no input could be read")
	}
	if failed > 0 {
		return errPartial
	}
	return nil
}

func extractOne(ctx context.Context, e *env, client *fetch.Client, ex *extract.Extractor, in string) (*extraction, error) {
	var raw []byte
	var err error
	pageURL := ""
	switch {
	case in == "-":
		raw, err = io.ReadAll(io.LimitReader(e.stdin, 64<<20))
	case strings.HasPrefix(in, "http://") || strings.HasPrefix(in, "https://"):
		var resp *fetch.Response
		resp, err = client.Get(ctx, fetch.Request{URL: in, Page: true})
		if err == nil {
			raw, pageURL = resp.Body, resp.URL
		}
	default:
		raw, err = os.ReadFile(in)
	}
	if err != nil {
		return nil, err
	}
	out := &extraction{}
	if pageURL != "" || looksLikeHTML(in, raw) {
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
		out.Body = strings.ReplaceAll(string(bytes.ToValidUTF8(raw, []byte("\uFFFD"))), "\r\n", "\n")
	}
	out.Result = ex.Extract(out.Body)
	return out, nil
}

func optional(s string) *string {
	if s == "" {
		return nil
	}
	return &s
}

// looksLikeHTML decides between a page and plain text: by the file name,
// else by the first bytes.
func looksLikeHTML(name string, b []byte) bool {
	lower := strings.ToLower(name)
	if strings.HasSuffix(lower, ".html") || strings.HasSuffix(lower, ".htm") || strings.HasSuffix(lower, ".xhtml") {
		return true
	}
	if strings.HasSuffix(lower, ".txt") {
		return false
	}
	head := bytes.ToLower(bytes.TrimSpace(b[:min(len(b), 1024)]))
	return bytes.HasPrefix(head, []byte("<!doctype html")) || bytes.HasPrefix(head, []byte("<html")) ||
		bytes.Contains(head, []byte("<head")) || bytes.Contains(head, []byte("<body"))
}
