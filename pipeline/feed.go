package pipeline

import (
	"bytes"
	"errors"
	"fmt"
	"net/http"
	"strings"
	"time"

	"github.com/mmcdole/gofeed"
	"golang.org/x/net/html"
)

// ErrBadFeed: the document is not a feed newsdesk can read.
var ErrBadFeed = errors.New("pipeline: not a readable feed")

// item is one feed entry reduced to what ingestion needs.
type item struct {
	GUID      string
	Link      string
	Title     string
	Byline    string
	Published time.Time
	// Text is the article text the feed itself carries (content:encoded or
	// a long description), as plain paragraphs; empty when the feed gives
	// only a summary and the page must be fetched.
	Text string
	// Summary is the shorter text the feed gives when Text is empty: the
	// article itself only when the item links nowhere.
	Summary string
}

// minFeedText is the length from which a feed's own text is taken as the
// full article rather than a teaser.
const minFeedText = 400

// parseFeed reads RSS, Atom or JSON Feed; items with nothing in them are
// dropped. base is the feed's URL or path,
// for the error that names the feed an HTML page links to.
func parseFeed(data []byte, base string) (title string, items []item, err error) {
	f, err := gofeed.NewParser().Parse(bytes.NewReader(data))
	if err != nil {
		if isHTMLPage(data) {
			return "", nil, fmt.Errorf("%w: got an HTML page%s", ErrBadFeed, alternateHint(data, base))
		}
		return "", nil, fmt.Errorf("%w: %w", ErrBadFeed, err)
	}
	for _, it := range f.Items {
		if it == nil {
			continue
		}
		x := item{GUID: strings.TrimSpace(it.GUID), Link: strings.TrimSpace(it.Link), Title: strings.TrimSpace(it.Title)}
		if x.Link == "" && len(it.Links) > 0 {
			x.Link = strings.TrimSpace(it.Links[0])
		}
		if x.Link == "" && isRemote(x.GUID) {
			// an RSS <guid> is a permalink unless it says otherwise, and an
			// Atom <id> that is a web address is one in practice
			x.Link = x.GUID
		}
		if len(it.Authors) > 0 && it.Authors[0] != nil {
			x.Byline = it.Authors[0].Name
		}
		if it.PublishedParsed != nil {
			x.Published = it.PublishedParsed.UTC()
		} else if it.UpdatedParsed != nil {
			x.Published = it.UpdatedParsed.UTC()
		}
		text := htmlToText(it.Content)
		if desc := htmlToText(it.Description); len(desc) > len(text) {
			text = desc
		}
		if len(text) >= minFeedText {
			x.Text = text
		} else {
			x.Summary = text
		}
		if x.GUID == "" && x.Link == "" && x.Title == "" && text == "" {
			continue // an empty <item/>: nothing to ingest, nothing failed
		}
		items = append(items, x)
	}
	return strings.TrimSpace(f.Title), items, nil
}

// blockTags end a paragraph of text.
var blockTags = map[string]bool{
	"p": true, "div": true, "br": true, "li": true, "h1": true, "h2": true, "h3": true, "h4": true,
	"h5": true, "h6": true, "blockquote": true, "tr": true, "section": true, "article": true,
	"pre": true, "figure": true, "ul": true, "ol": true, "table": true, "hr": true,
}

// htmlToText turns a feed's HTML fragment into paragraphs of plain text;
// plain text passes through with its line breaks.
func htmlToText(s string) string {
	s = strings.TrimSpace(s)
	if s == "" {
		return ""
	}
	if !strings.ContainsAny(s, "<&") {
		return normaliseParagraphs(s)
	}
	z := html.NewTokenizer(strings.NewReader(s))
	var b strings.Builder
	skip := 0
	for {
		switch z.Next() {
		case html.ErrorToken:
			return normaliseParagraphs(b.String())
		case html.TextToken:
			if skip == 0 {
				b.Write(z.Text())
			}
		case html.StartTagToken, html.SelfClosingTagToken:
			name, _ := z.TagName()
			switch string(name) {
			case "script", "style", "noscript", "figcaption":
				skip++
			}
			if blockTags[string(name)] {
				b.WriteByte('\n')
			}
		case html.EndTagToken:
			name, _ := z.TagName()
			switch string(name) {
			case "script", "style", "noscript", "figcaption":
				if skip > 0 {
					skip--
				}
			}
			if blockTags[string(name)] {
				b.WriteByte('\n')
			}
		}
	}
}

// normaliseParagraphs folds white space inside lines and drops empty lines.
func normaliseParagraphs(s string) string {
	var out []string
	for _, line := range strings.Split(s, "\n") {
		if line = strings.Join(strings.Fields(line), " "); line != "" {
			out = append(out, line)
		}
	}
	return strings.Join(out, "\n")
}

// isHTMLPage reports whether a document that is not a feed is a web page.
func isHTMLPage(data []byte) bool {
	return strings.HasPrefix(http.DetectContentType(data), "text/html")
}

// feedTypes are the media types of <link rel="alternate"> that name a feed.
var feedTypes = map[string]bool{
	"application/rss+xml": true, "application/atom+xml": true, "application/feed+json": true,
	"application/json": true, "application/rdf+xml": true, "text/xml": true, "application/xml": true,
}

// alternateHint names the feed an HTML page links to with <link
// rel="alternate">, as "; the page names the feed URL", or "" when it names
// none: the usual mistake is registering a site's home page.
func alternateHint(data []byte, base string) string {
	z := html.NewTokenizer(bytes.NewReader(data))
	for {
		switch z.Next() {
		case html.ErrorToken:
			return ""
		case html.StartTagToken, html.SelfClosingTagToken:
			name, hasAttr := z.TagName()
			if string(name) == "body" {
				return ""
			}
			if string(name) != "link" || !hasAttr {
				continue
			}
			var rel, typ, href string
			for more := true; more; {
				var k, v []byte
				k, v, more = z.TagAttr()
				switch string(k) {
				case "rel":
					rel = strings.ToLower(string(v))
				case "type":
					typ = strings.ToLower(strings.TrimSpace(string(v)))
				case "href":
					href = strings.TrimSpace(string(v))
				}
			}
			if href == "" || !feedTypes[typ] || !strings.Contains(" "+rel+" ", " alternate ") {
				continue
			}
			if isRemote(base) {
				if u, err := urlJoin(base, href); err == nil {
					href = u
				}
			}
			return "; the page names the feed " + href
		}
	}
}
