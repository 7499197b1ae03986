// Package page reduces a news HTML page to its article body and metadata.
//
// Parse is the entry point: it reads the page once, takes the metadata from
// the head (meta tags, JSON-LD, <title>, <html lang>) and then finds the
// article body by scoring the DOM, keeping the paragraphs of the best
// candidate and dropping the page furniture around it (navigation, share
// bars, related links, comments, captions, sign-up boxes).
//
// Parse keeps no state between calls and is safe for concurrent use.
package page

import (
	"bytes"
	"errors"
	"fmt"
	"net/url"
	"strings"
	"time"
	"unicode/utf8"

	"github.com/PuerkitoBio/goquery"
	"golang.org/x/net/html"
)

// Errors returned (wrapped) by Parse.
var (
	// ErrNotHTML means the input is empty, binary or contains no markup at
	// all, so that there is nothing to reduce.
	ErrNotHTML = errors.New("page: input is not HTML")
	// ErrUnparsable means the HTML parser gave up on the input even after
	// it was flattened (see parseHTML); no real page gets there.
	ErrUnparsable = errors.New("page: HTML cannot be parsed")
)

// Document is what a news page reduces to. Zero values mean "not found".
type Document struct {
	Title     string
	Byline    string
	Published time.Time // zero when unknown
	URL       string    // canonical URL (rel=canonical, og:url) resolved against the page URL, else ""
	Language  string    // e.g. "en"
	SiteName  string
	Body      string // plain UTF-8 text, paragraphs separated by "\n", no blank lines, no leading/trailing space
}

// Parse reads an HTML page (already UTF-8) and returns its Document.
// pageURL may be "" (or unparsable, which counts as ""); it is only used to
// resolve a relative canonical URL.
//
// Parse fails only when the input is not HTML at all (errors.Is(err,
// ErrNotHTML)); a page without an article gives a Document with an empty
// Body and a nil error.
func Parse(htmlBytes []byte, pageURL string) (*Document, error) {
	if err := sniff(htmlBytes); err != nil {
		return nil, err
	}
	root, err := parseHTML(htmlBytes)
	if err != nil {
		return nil, err
	}
	doc := goquery.NewDocumentFromNode(root)

	base := baseURL(doc, pageURL)
	ld := readJSONLD(doc)
	doc2 := &Document{}
	readMetadata(doc, ld, base, doc2)
	doc2.Body = extractBody(doc, ld, doc2.Title)
	return doc2, nil
}

// flattenDepths are the nesting depths a page is cut down to, in turn,
// when the parser refuses it as too deep.
var flattenDepths = []int{256, 64, 16}

// parseHTML parses b. golang.org/x/net/html refuses documents whose open
// elements nest deeper than 512; such a page (generated markup gone wrong,
// or a hostile one) is flattened to a bounded depth and parsed again rather
// than rejected.
func parseHTML(b []byte) (*html.Node, error) {
	root, err := html.Parse(bytes.NewReader(b))
	for _, depth := range flattenDepths {
		if err == nil {
			return root, nil
		}
		root, err = html.Parse(bytes.NewReader(flatten(b, depth)))
	}
	if err != nil {
		return nil, fmt.Errorf("%w: %w", ErrUnparsable, err)
	}
	return root, nil
}

// flatten re-emits b with the start and end tags of elements nested deeper
// than maxDepth left out (their text stays). Depth is counted on the tags as
// written, which is close enough to what the parser will build.
func flatten(b []byte, maxDepth int) []byte {
	var out bytes.Buffer
	out.Grow(len(b))
	z := html.NewTokenizer(bytes.NewReader(b))
	var stack []string
	dropped := map[string]int{}
	for {
		tt := z.Next()
		if tt == html.ErrorToken {
			return out.Bytes()
		}
		raw := z.Raw()
		switch tt {
		case html.StartTagToken:
			name, _ := z.TagName()
			tag := string(name)
			if voidElements[tag] {
				break
			}
			if len(stack) >= maxDepth {
				dropped[tag]++
				continue
			}
			stack = append(stack, tag)
		case html.EndTagToken:
			name, _ := z.TagName()
			tag := string(name)
			if dropped[tag] > 0 {
				dropped[tag]--
				continue
			}
			for i := len(stack) - 1; i >= 0; i-- {
				if stack[i] == tag {
					stack = stack[:i]
					break
				}
			}
		}
		out.Write(raw)
	}
}

// voidElements never have content or an end tag.
var voidElements = map[string]bool{
	"area": true, "base": true, "br": true, "col": true, "embed": true, "hr": true, "img": true,
	"input": true, "link": true, "meta": true, "source": true, "track": true, "wbr": true,
}

// sniffLimit bounds how much of the input is looked at to decide whether it
// is markup; a real page has a tag well within this.
const sniffLimit = 64 << 10

// sniff rejects input that cannot be an HTML page: nothing but white space,
// binary data (NUL bytes) or text without a single tag.
func sniff(b []byte) error {
	trimmed := bytes.TrimSpace(b)
	if len(trimmed) == 0 {
		return fmt.Errorf("%w: empty input", ErrNotHTML)
	}
	head := trimmed
	if len(head) > sniffLimit {
		head = head[:sniffLimit]
	}
	if bytes.IndexByte(head, 0) >= 0 {
		return fmt.Errorf("%w: binary data", ErrNotHTML)
	}
	if !hasTag(head) {
		return fmt.Errorf("%w: no markup found", ErrNotHTML)
	}
	return nil
}

// hasTag reports whether b contains something shaped like a tag, a comment
// or a doctype: '<' followed by a letter, '/', or '!'.
func hasTag(b []byte) bool {
	for {
		i := bytes.IndexByte(b, '<')
		if i < 0 || i+1 >= len(b) {
			return false
		}
		c := b[i+1]
		if c == '!' || c == '/' || (c|0x20 >= 'a' && c|0x20 <= 'z') {
			return true
		}
		b = b[i+1:]
	}
}

// baseURL returns the URL that relative links on the page are resolved
// against: the page URL, overridden by a <base href> when there is one.
// It returns nil when neither gives an absolute URL.
func baseURL(doc *goquery.Document, pageURL string) *url.URL {
	var base *url.URL
	if u, err := url.Parse(strings.TrimSpace(pageURL)); err == nil && u.IsAbs() {
		base = u
	}
	if href, ok := doc.Find("base[href]").First().Attr("href"); ok {
		if u, err := url.Parse(strings.TrimSpace(href)); err == nil {
			if base != nil {
				u = base.ResolveReference(u)
			}
			if u.IsAbs() {
				base = u
			}
		}
	}
	return base
}

// cleanText folds runs of white space (including non-breaking spaces) to
// one space, drops invalid UTF-8 and trims the ends.
func cleanText(s string) string {
	if !utf8.ValidString(s) {
		s = strings.ToValidUTF8(s, "")
	}
	var sb strings.Builder
	sb.Grow(len(s))
	space := false
	for _, r := range s {
		if isSpace(r) {
			space = true
			continue
		}
		if space && sb.Len() > 0 {
			sb.WriteByte(' ')
		}
		space = false
		sb.WriteRune(r)
	}
	return sb.String()
}
