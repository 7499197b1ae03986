package pipeline

import (
	"bytes"
	"context"
	"encoding/binary"
	"errors"
	"fmt"
	"net/http"
	"strings"
	"time"
	"unsafe"

	"github.com/newsdesk/newsdesk/pipeline/fetch"
	"github.com/newsdesk/newsdesk/pipeline/page"
)

// Document is one article read from a web page or a file: the text the
// extractors run on and what the page says about it.
type Document struct {
	// URL is the page's canonical URL, else where its redirects ended; ""
	// for a file that names none.
	URL       string
	Title     string
	Byline    string
	Published time.Time // zero when unknown
	Language  string
	// Body is the article as plain paragraphs separated by newlines.
	Body string
}

// ErrNotText: a document is neither text nor an HTML page (an image, a
// PDF, an archive, a program).
var ErrNotText = errors.New("pipeline: not text or HTML")

// ReadDocument reads one article the operator names: an http(s) URL,
// fetched as an HTML page or as plain text (text/plain, read as a text file
// is), or a file holding an HTML page or plain text, told apart by content
// whatever the file's name. A file larger than maxBytes is refused before it
// is read (fetcher's own cap bounds a URL).
func ReadDocument(ctx context.Context, fetcher *fetch.Client, source string, maxBytes int64) (*Document, error) {
	if isRemote(source) {
		resp, err := fetcher.Get(ctx, fetch.Request{URL: source, Page: true, Text: true})
		if err != nil {
			return nil, err
		}
		if resp.ContentType == "text/plain" {
			return parseFetchedText(resp)
		}
		return ParseDocument(resp.Body, resp.URL, source)
	}
	raw, err := readFile(source, maxBytes)
	if err != nil {
		return nil, fmt.Errorf("pipeline: %w", err)
	}
	return parseDocument(raw, "", source, true)
}

// ParseDocument turns the bytes of a document into a Document. pageURL is
// the URL a fetched page came from, whose body fetch has already checked and
// converted to UTF-8; for anything else ("") the bytes are checked to be
// text (ErrNotText), converted to UTF-8 from whatever encoding they declare
// or look like, and reduced to the article when they are an HTML page. name
// (a file name, or "-") counts only for a fragment of HTML named .html.
func ParseDocument(raw []byte, pageURL, name string) (*Document, error) {
	return parseDocument(raw, pageURL, name, false)
}

// parseDocument is ParseDocument; owned says that nothing else holds raw
// or writes it afterwards (ReadDocument's file), so that the body of a
// text can be its bytes rather than a copy of them.
func parseDocument(raw []byte, pageURL, name string, owned bool) (*Document, error) {
	if pageURL == "" {
		sniffed, why := sniffText(raw)
		if why != "" {
			return nil, fmt.Errorf("%w (%s)", ErrNotText, why)
		}
		raw, _ = fetch.ToUTF8Sniffed(raw, sniffed)
		if !isPage(raw, name) {
			var text string
			if owned {
				text = unsafe.String(unsafe.SliceData(raw), len(raw)) // never written again
			} else {
				text = string(raw)
			}
			return &Document{Body: strings.ReplaceAll(text, "\r\n", "\n")}, nil
		}
	}
	p, err := page.Parse(raw, pageURL)
	if err != nil {
		return nil, err
	}
	doc := &Document{URL: p.URL, Title: p.Title, Byline: p.Byline, Language: p.Language, Body: p.Body}
	if doc.URL == "" {
		doc.URL = pageURL
	}
	if !p.Published.IsZero() {
		doc.Published = p.Published.UTC()
	}
	return doc, nil
}

// parseFetchedText reads a page served as text/plain, already converted to
// UTF-8 by fetch, as a text file is read: checked to be text, and reduced to
// its article if its content is an HTML page after all.
func parseFetchedText(resp *fetch.Response) (*Document, error) {
	if why := notText(resp.Body); why != "" {
		return nil, fmt.Errorf("%w (%s)", ErrNotText, why)
	}
	if isPage(resp.Body, "") {
		return ParseDocument(resp.Body, resp.URL, "")
	}
	return &Document{URL: resp.URL, Body: strings.ReplaceAll(string(resp.Body), "\r\n", "\n")}, nil
}

// notText says why b is not text or HTML ("" when it is): content sniffed
// as something else (an image, a PDF, an archive), NUL bytes (a program),
// or more than one byte in a hundred that no text holds. Text in any encoding
// passes; UTF-16 only with its byte order mark. A stray control byte or two
// (real feeds have them) is no reason to refuse a text.
func notText(b []byte) string {
	_, why := sniffText(b)
	return why
}

// sniffText is notText, with fetch.Sniff(b) when it has worked it out
// ("" when not: a body of UTF-16).
func sniffText(b []byte) (sniffed, why string) {
	if bytes.HasPrefix(b, []byte("\xfe\xff")) || bytes.HasPrefix(b, []byte("\xff\xfe")) {
		return "", ""
	}
	// a signature (image, PDF, archive, ...); its octet-stream, for a
	// control byte in the first 512, is left to the count below
	ct := fetch.Sniff(b)
	if !strings.HasPrefix(ct, "text/") && ct != "application/octet-stream" {
		return ct, "content looks like " + ct
	}
	control := 0
	for i := 0; i < len(b); {
		// most of a text: sixteen bytes, then eight, at a time while none
		// is below 0x20, then the eight that hold one byte by byte
		for i+16 <= len(b) && !hasControlByte16(b[i:i+16]) {
			i += 16
		}
		for i+8 <= len(b) && !hasControlByte(b[i:i+8]) {
			i += 8
		}
		for end := min(i+8, len(b)); i < end; i++ {
			if b[i] == 0 {
				return ct, "NUL bytes"
			}
			if binaryByte[b[i]] {
				control++
			}
		}
	}
	if control > len(b)/100 {
		return ct, fmt.Sprintf("%d control bytes", control)
	}
	return ct, ""
}

// hasControlByte reports a byte below 0x20 in the eight bytes of w: the
// subtraction sets the high bit of such a byte, and borrows from the next
// only out of such a byte.
func hasControlByte(w []byte) bool {
	x := binary.LittleEndian.Uint64(w)
	const ones, highs = 0x0101010101010101, 0x8080808080808080
	return (x-0x20*ones)&^x&highs != 0
}

// hasControlByte16 is hasControlByte for sixteen bytes, the two words
// tested together.
func hasControlByte16(w []byte) bool {
	x, y := binary.LittleEndian.Uint64(w), binary.LittleEndian.Uint64(w[8:16])
	const ones, highs = 0x0101010101010101, 0x8080808080808080
	return ((x-0x20*ones)&^x|(y-0x20*ones)&^y)&highs != 0
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
// precedes it (an XML declaration, comments, a byte order mark). They are
// lower case; the page may write them in any case.
var pageTags = []string{"<!doctype html", "<html", "<head", "<body"}

// isPage tells an HTML page from plain text by its content: a doctype or
// an <html>, <head> or <body> tag in the first 64 KiB. A file named .html
// is a page also when it is only a fragment of one (it starts with markup).
// Any other name counts for nothing: a page saved as .txt is a page.
func isPage(b []byte, name string) bool {
	if hasPageTag(b[:min(len(b), 64<<10)]) {
		return true
	}
	lower := strings.ToLower(name)
	named := strings.HasSuffix(lower, ".html") || strings.HasSuffix(lower, ".htm") || strings.HasSuffix(lower, ".xhtml")
	return named && strings.HasPrefix(http.DetectContentType(b), "text/html")
}

// hasPageTag reports one of pageTags in head, in any case, followed by
// the end of head, white space, '>' or '/'. It visits each '<' once and
// copies nothing: every text read is sniffed, so this runs per document.
func hasPageTag(head []byte) bool {
	for off := 0; ; {
		i := bytes.IndexByte(head[off:], '<')
		if i < 0 {
			return false
		}
		at := head[off+i:]
		for _, tag := range pageTags {
			if len(at) < len(tag) || !asciiEqualFold(at[:len(tag)], tag) {
				continue
			}
			if len(at) == len(tag) || strings.IndexByte(" \t\r\n>/", at[len(tag)]) >= 0 {
				return true
			}
		}
		off += i + 1
	}
}

// asciiEqualFold reports b equal to the lower-case ASCII s, ignoring the
// case of b's ASCII letters.
func asciiEqualFold(b []byte, s string) bool {
	for i := range len(s) {
		c := b[i]
		if 'A' <= c && c <= 'Z' {
			c += 'a' - 'A'
		}
		if c != s[i] {
			return false
		}
	}
	return true
}
