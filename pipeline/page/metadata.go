package page

import (
	"net/url"
	"strings"
	"time"
	"unicode"
	"unicode/utf8"

	"github.com/PuerkitoBio/goquery"
	"golang.org/x/net/html/atom"
)

// metaTags maps the lower-cased name, property or itemprop of every <meta>
// with content to that content; the first tag of a name wins.
type metaTags map[string]string

func readMetaTags(doc *goquery.Document) metaTags {
	m := metaTags{}
	doc.Find("meta[content]").Each(func(_ int, s *goquery.Selection) {
		content := cleanText(s.AttrOr("content", ""))
		if content == "" {
			return
		}
		for _, key := range []string{"property", "name", "itemprop", "http-equiv"} {
			// property="og:title article:author" style lists name several keys.
			for _, k := range strings.Fields(strings.ToLower(s.AttrOr(key, ""))) {
				if _, seen := m[k]; !seen {
					m[k] = content
				}
			}
		}
	})
	return m
}

// first returns the value of the first of keys that is present.
func (m metaTags) first(keys ...string) string {
	for _, k := range keys {
		if v := m[k]; v != "" {
			return v
		}
	}
	return ""
}

// readMetadata fills everything in d except the body.
func readMetadata(doc *goquery.Document, ld *linkedData, base *url.URL, d *Document) {
	meta := readMetaTags(doc)
	d.SiteName = siteName(meta, ld)
	d.Title = title(doc, meta, ld, d.SiteName)
	d.Byline = byline(doc, meta, ld)
	d.Published = published(doc, meta, ld)
	d.URL = canonicalURL(doc, meta, base)
	d.Language = language(doc, meta, ld)
}

func siteName(meta metaTags, ld *linkedData) string {
	if s := meta.first("og:site_name", "application-name", "al:android:app_name", "al:iphone:app_name"); s != "" {
		return s
	}
	return ld.Publisher
}

// titleSeparator splits a <title> into the headline and the site name, as
// in "Headline - BBC News", "Site | Headline" or "Site :: Headline".
var titleSeparator = newLazyRegexp(`\s+[|\-–—:·•»«/\\~]\s+|\s*(::|\|\|)\s*`)

// title picks the headline: the page's explicit metadata first, then the
// <title> without its site-name part, then the first <h1>.
func title(doc *goquery.Document, meta metaTags, ld *linkedData, site string) string {
	h1 := cleanText(doc.Find("h1").First().Text())
	// The JSON-LD headline is the publisher's own; og:title is often a
	// variant written for social networks.
	for _, t := range []string{
		ld.Headline,
		meta.first("og:title", "dc:title", "dcterm:title", "twitter:title", "parsely-title", "title", "headline"),
	} {
		if t != "" {
			return stripKnownSite(t, site)
		}
	}
	if docTitle := cleanText(doc.Find("title").First().Text()); docTitle != "" {
		return stripSiteName(docTitle, site, h1)
	}
	return h1
}

// stripKnownSite removes the site name from either end of a title, where
// it stands after (or before) a separator.
func stripKnownSite(t, site string) string {
	if site == "" {
		return t
	}
	locs := titleSeparator.FindAllStringIndex(t, -1)
	if len(locs) == 0 {
		return t
	}
	last, first := locs[len(locs)-1], locs[0]
	if tail := strings.TrimSpace(t[last[1]:]); strings.EqualFold(tail, site) ||
		strings.Contains(strings.ToLower(tail), strings.ToLower(site)) && len(tail) < len(site)+12 {
		return strings.TrimSpace(t[:last[0]])
	}
	if strings.EqualFold(strings.TrimSpace(t[:first[0]]), site) {
		return strings.TrimSpace(t[first[1]:])
	}
	return t
}

// stripSiteName removes the site-name part of a <title>: the known site
// name, else the part that the page's <h1> repeats, else a short part
// (three words at most) at either end when the rest reads as a headline.
func stripSiteName(t, site, h1 string) string {
	if s := stripKnownSite(t, site); s != t {
		return s
	}
	locs := titleSeparator.FindAllStringIndex(t, -1)
	if len(locs) == 0 {
		return t
	}
	if h1 != "" {
		for _, loc := range locs {
			for _, part := range []string{t[:loc[0]], t[loc[1]:]} {
				if strings.EqualFold(strings.TrimSpace(part), h1) {
					return h1
				}
			}
		}
	}
	last, first := locs[len(locs)-1], locs[0]
	head, tail := t[:last[0]], t[last[1]:]
	// A colon usually belongs to the headline ("Review: ..."), so it only
	// counts as a separator when the h1 says so.
	if len(strings.Fields(tail)) <= 3 && len(strings.Fields(head)) >= 4 && strings.TrimSpace(t[last[0]:last[1]]) != ":" {
		return strings.TrimSpace(head)
	}
	head, tail = t[:first[0]], t[first[1]:]
	if len(strings.Fields(head)) <= 3 && len(strings.Fields(tail)) >= 4 && strings.TrimSpace(t[first[0]:first[1]]) != ":" {
		return strings.TrimSpace(tail)
	}
	return t
}

// byPrefix matches the "By " (and similar) a byline starts with.
var byPrefix = newLazyRegexp(`(?i)^\s*(by|from|written by|posted by|von|par|por)\s*[:\-]?\s+`)

// byline picks the author names: JSON-LD authors, then meta tags, then the
// page's byline elements.
func byline(doc *goquery.Document, meta metaTags, ld *linkedData) string {
	if len(ld.Authors) > 0 {
		return cleanByline(strings.Join(dedupe(ld.Authors), ", "))
	}
	if a := meta.first("author", "dc:creator", "dcterm:creator", "parsely-author", "sailthru.author", "byl",
		"article:author", "og:article:author", "article:author_name"); a != "" && !looksLikeURL(a) {
		return cleanByline(a)
	}
	return domByline(doc)
}

func looksLikeURL(s string) bool {
	return strings.HasPrefix(s, "http://") || strings.HasPrefix(s, "https://") || strings.HasPrefix(s, "//")
}

// bylineSelectors are tried in order, from the most explicit markup (a
// schema.org author) to class names that merely mention a byline.
var bylineSelectors = []string{
	`[itemprop~="author"]`,
	`a[rel~="author"]`,
	`[class~="byline"], [id~="byline"], [class*="byline"]`,
	`[class~="author"], [class*="author-name"], [class*="author_name"], [class*="authorname"], [class*="writtenby"], [class~="p-author"]`,
}

// maxBylineChars is the longest text an element can have to be a byline.
const maxBylineChars = 100

// domByline looks for the byline in the page's markup.
func domByline(doc *goquery.Document) string {
	for _, sel := range bylineSelectors {
		var found string
		doc.Find(sel).EachWithBreak(func(_ int, s *goquery.Selection) bool {
			n := s.Get(0)
			if n.Data == "meta" || n.Data == "link" || hasAncestor(n, atom.Nav) || hasAncestor(n, atom.Head) {
				return true
			}
			t := ""
			// A schema.org author names itself in an itemprop="name".
			if name := s.Find(`[itemprop~="name"]`).First(); name.Length() > 0 {
				t = name.AttrOr("content", "")
				if t == "" {
					t = name.Text()
				}
			}
			if cleanText(t) == "" {
				t = s.Text()
			}
			t = cleanByline(t)
			if t != "" && utf8.RuneCountInString(t) <= maxBylineChars && strings.IndexFunc(t, unicode.IsLetter) >= 0 {
				found = t
				return false
			}
			return true
		})
		if found != "" {
			return found
		}
	}
	return ""
}

// bylineTail matches what often follows the names in a byline element: a
// date, a separator and a date, a Twitter handle.
var bylineTail = newLazyRegexp(`(?i)(\s+[-|•·–—]\s+.*|\s+@\w+.*|\s+(updated|published|posted)\b.*|\s+(jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\.?\s+\d.*|\s+\d{1,2}[/.]\d{1,2}[/.]\d{2,4}.*)$`)

// cleanByline strips the "By " prefix and what trails the names, and folds
// white space.
func cleanByline(s string) string {
	s = cleanText(s)
	s = byPrefix.ReplaceAllString(s, "")
	s = bylineTail.ReplaceAllString(s, "")
	return strings.TrimSpace(strings.TrimRight(s, " ,;|-–—"))
}

func dedupe(in []string) []string {
	seen := map[string]bool{}
	var out []string
	for _, s := range in {
		if !seen[s] {
			seen[s] = true
			out = append(out, s)
		}
	}
	return out
}

// published finds the publication date in JSON-LD, meta tags or the first
// <time datetime> of the page.
func published(doc *goquery.Document, meta metaTags, ld *linkedData) time.Time {
	for _, s := range []string{
		ld.DatePublished,
		meta.first("article:published_time", "article:published", "og:published_time", "datepublished",
			"published_time", "publish-date", "publish_date", "pubdate", "date", "dc.date", "dc.date.issued",
			"dcterms.date", "dcterms.created", "sailthru.date", "parsely-pub-date", "article.published", "og:article:published_time"),
	} {
		if t := parseDate(s); !t.IsZero() {
			return t
		}
	}
	var t time.Time
	doc.Find("time[datetime]").EachWithBreak(func(_ int, s *goquery.Selection) bool {
		t = parseDate(s.AttrOr("datetime", ""))
		return t.IsZero()
	})
	return t
}

// canonicalURL returns rel=canonical or og:url resolved against base.
func canonicalURL(doc *goquery.Document, meta metaTags, base *url.URL) string {
	for _, raw := range []string{
		doc.Find(`link[rel~="canonical"][href]`).First().AttrOr("href", ""),
		meta.first("og:url"),
	} {
		raw = strings.TrimSpace(raw)
		if raw == "" {
			continue
		}
		u, err := url.Parse(raw)
		if err != nil {
			continue
		}
		if base != nil {
			u = base.ResolveReference(u)
		}
		if u.IsAbs() && (u.Scheme == "http" || u.Scheme == "https") {
			return u.String()
		}
	}
	return ""
}

// language returns the page language as a BCP 47 tag ("en", "pt-BR").
func language(doc *goquery.Document, meta metaTags, ld *linkedData) string {
	for _, s := range []string{
		doc.Find("html").First().AttrOr("lang", ""),
		doc.Find("html").First().AttrOr("xml:lang", ""),
		meta.first("content-language", "og:locale", "language", "dc.language"),
		ld.Language,
	} {
		if l := normalizeLang(s); l != "" {
			return l
		}
	}
	return ""
}

// normalizeLang turns "en_US", "EN-us" into "en-US"; junk gives "".
func normalizeLang(s string) string {
	s = strings.TrimSpace(strings.ReplaceAll(s, "_", "-"))
	if i := strings.IndexAny(s, ", ;"); i >= 0 {
		s = s[:i]
	}
	parts := strings.Split(s, "-")
	if len(parts[0]) < 2 || len(parts[0]) > 3 || !isLetters(parts[0]) {
		return ""
	}
	parts[0] = strings.ToLower(parts[0])
	for i := 1; i < len(parts); i++ {
		if len(parts[i]) == 2 {
			parts[i] = strings.ToUpper(parts[i])
		}
	}
	return strings.Join(parts, "-")
}

func isLetters(s string) bool {
	for _, r := range s {
		if (r|0x20) < 'a' || (r|0x20) > 'z' {
			return false
		}
	}
	return true
}
