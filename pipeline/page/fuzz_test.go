package page

import (
	"errors"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"unicode/utf8"
)

// FuzzParse feeds Parse arbitrary bytes: it must not panic, must fail only
// with ErrNotHTML or ErrUnparsable, and must keep the promises Document
// makes about its fields. The fixtures are seeds, and minimising a new
// input that large takes the fuzzer a while, so run it as
//
//	go test ./pipeline/page -run XXX -fuzz FuzzParse -fuzztime 60s -fuzzminimizetime 2s
func FuzzParse(f *testing.F) {
	pages, _ := filepath.Glob(filepath.Join("testdata", "*.html"))
	for _, p := range pages {
		if b, err := os.ReadFile(p); err == nil {
			f.Add(b)
		}
	}
	for _, s := range []string{
		"", "<", "<p>", "<html><body><p>text</p>", "<script>x</script><p>y</p>",
		"<table><tr><td><table><tr><td>nested</table></table>",
		"<pre>a\n\n b\n</pre>", "<div>a<br><br>b</div>", "<p>\xff\xfe</p>",
		`<script type="application/ld+json">{"@type":"NewsArticle","headline":1,"author":[[[{}]]]}</script>`,
	} {
		f.Add([]byte(s))
	}
	f.Fuzz(func(t *testing.T, in []byte) {
		doc, err := Parse(in, "https://example.com/page")
		if err != nil {
			if !errors.Is(err, ErrNotHTML) && !errors.Is(err, ErrUnparsable) {
				t.Fatalf("unexpected error kind: %v", err)
			}
			return
		}
		for name, s := range map[string]string{
			"Title": doc.Title, "Byline": doc.Byline, "URL": doc.URL,
			"Language": doc.Language, "SiteName": doc.SiteName, "Body": doc.Body,
		} {
			if !utf8.ValidString(s) {
				t.Fatalf("%s is not valid UTF-8: %q", name, s)
			}
		}
		if doc.Body != strings.TrimSpace(doc.Body) {
			t.Fatalf("body has leading or trailing space: %q", doc.Body)
		}
		if doc.Body != "" {
			for _, line := range strings.Split(doc.Body, "\n") {
				if line == "" || line != strings.TrimSpace(line) {
					t.Fatalf("bad body line %q in %q", line, doc.Body)
				}
			}
		}
	})
}
