package page

import (
	"strings"

	"golang.org/x/net/html"
	"golang.org/x/net/html/atom"
)

// junkTags never hold article text: code, styling, embedded objects and
// form controls. They are dropped before anything else looks at the page.
var junkTags = map[atom.Atom]bool{
	atom.Script: true, atom.Style: true, atom.Noscript: true, atom.Template: true,
	atom.Svg: true, atom.Canvas: true, atom.Iframe: true, atom.Object: true,
	atom.Embed: true, atom.Applet: true, atom.Audio: true, atom.Video: true,
	atom.Source: true, atom.Track: true, atom.Map: true, atom.Link: true,
	atom.Meta: true, atom.Button: true, atom.Input: true, atom.Select: true,
	atom.Option: true, atom.Textarea: true, atom.Datalist: true, atom.Head: true,
	atom.Title: true, atom.Base: true, atom.Frame: true, atom.Frameset: true,
}

// removeJunk drops comments, junk elements and elements hidden from the
// reader (hidden attribute, display:none, visibility:hidden) from n's
// subtree, in one pass.
func removeJunk(root *html.Node) {
	for n := root; n != nil; {
		next := nextInside(root, n, false)
		drop := false
		switch n.Type {
		case html.CommentNode, html.DoctypeNode:
			drop = true
		case html.ElementNode:
			drop = junkTags[n.DataAtom] || isHidden(n) ||
				// Foreign elements (<svg:...>, custom tags from other
				// namespaces) hold no article text.
				n.Namespace != ""
		}
		if drop && n != root {
			next = nextInside(root, n, true)
			removeNode(n)
		}
		n = next
	}
}

var hiddenStyle = newLazyRegexp(`(?i)(display\s*:\s*none|visibility\s*:\s*hidden)`)

// isHidden reports whether n is marked as not shown to the reader.
func isHidden(n *html.Node) bool {
	if hasAttr(n, "hidden") {
		return true
	}
	if s := attr(n, "style"); s != "" && hiddenStyle.MatchString(s) {
		return true
	}
	return false
}

// fragments matches the strings that contain any of its parts. It does the
// work of a regexp alternation of literals at a fraction of the cost, which
// matters as every element's class and id is matched several times.
type fragments []string

// MatchString reports whether s contains one of the fragments.
func (f fragments) MatchString(s string) bool {
	for _, part := range f {
		if strings.Contains(s, part) {
			return true
		}
	}
	return false
}

// Class and id hints, after Readability.js: names that mark page furniture
// (unlikely), names that make furniture worth keeping after all (maybe), and
// the positive and negative weights given to scored candidates.
var (
	unlikelyHint = fragments{"-ad-", "ai2html", "banner", "breadcrumbs", "combx", "comment", "community",
		"cover-wrap", "disqus", "extra", "footer", "gdpr", "header", "legends", "menu", "related", "remark",
		"replies", "rss", "shoutbox", "sidebar", "skyscraper", "social", "sponsor", "supplemental",
		"ad-break", "agegate", "pagination", "pager", "popup", "yom-remote", "rollover", "tooltip", "popover"}
	maybeHint    = fragments{"and", "article", "body", "column", "content", "main", "mathjax", "shadow"}
	positiveHint = fragments{"article", "body", "content", "entry", "hentry", "h-entry", "main", "page",
		"pagination", "post", "text", "blog", "story"}
	negativeHint = fragments{"-ad-", "hidden", "banner", "combx", "comment", "com-", "contact", "footer",
		"gdpr", "masthead", "media", "meta", "outbrain", "promo", "related", "scroll", "share", "shoutbox",
		"sidebar", "skyscraper", "sponsor", "shopping", "tags", "widget"}
	bylineHint = fragments{"byline", "author", "dateline", "writtenby", "p-author"}
	shareHint  = newLazyRegexp(`(\b|_)(share|sharedaddy)(\b|_)`)
)

// unlikelyRoles are ARIA roles of elements that are never the article.
var unlikelyRoles = map[string]bool{
	"menu": true, "menubar": true, "complementary": true, "navigation": true,
	"alert": true, "alertdialog": true, "dialog": true,
}

// classWeight scores n's class and id: +25 for each that reads like content,
// -25 for each that reads like furniture.
func classWeight(n *html.Node) int {
	w := 0
	for _, v := range []string{attr(n, "class"), attr(n, "id")} {
		if v == "" {
			continue
		}
		v = strings.ToLower(v)
		if negativeHint.MatchString(v) || hasWord(v, "hid") {
			w -= 25
		}
		if positiveHint.MatchString(v) {
			w += 25
		}
	}
	return w
}

// hasWord reports whether the space-separated list s holds word.
func hasWord(s, word string) bool {
	for _, w := range strings.Fields(s) {
		if w == word {
			return true
		}
	}
	return false
}
