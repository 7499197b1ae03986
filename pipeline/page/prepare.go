package page

import (
	"strings"

	"golang.org/x/net/html"
	"golang.org/x/net/html/atom"
)

// isByline reports whether n is a short element naming the author, which
// the body leaves out (Document.Byline carries it).
func (e *extractor) isByline(n *html.Node, match string) bool {
	rel, itemprop := attr(n, "rel"), attr(n, "itemprop")
	if rel != "author" && !strings.Contains(itemprop, "author") && (match == "" || !bylineHint.MatchString(match)) {
		return false
	}
	l := textLen(n)
	return l > 0 && l < 100
}

// isTitleHeader reports whether n is an <h1>/<h2> repeating the headline.
func (e *extractor) isTitleHeader(n *html.Node) bool {
	if n.DataAtom != atom.H1 && n.DataAtom != atom.H2 || e.title == "" {
		return false
	}
	return textSimilarity(e.title, textOf(n)) > 0.75
}

var nonWord = newLazyRegexp(`[^\p{L}\p{N}_]+`)

// textSimilarity returns how much of b's text is made of a's words, from 0
// to 1 (Readability.js's measure).
func textSimilarity(a, b string) float64 {
	ta := nonWord.Split(strings.ToLower(a), -1)
	tb := nonWord.Split(strings.ToLower(b), -1)
	inA := map[string]bool{}
	for _, t := range ta {
		if t != "" {
			inA[t] = true
		}
	}
	var all, uniq []string
	for _, t := range tb {
		if t == "" {
			continue
		}
		all = append(all, t)
		if !inA[t] {
			uniq = append(uniq, t)
		}
	}
	if len(all) == 0 {
		return 0
	}
	return 1 - float64(len(strings.Join(uniq, " ")))/float64(len(strings.Join(all, " ")))
}

// isEmptyElement reports whether n has no text and nothing but line breaks
// for children.
func isEmptyElement(n *html.Node) bool {
	for c := n.FirstChild; c != nil; c = c.NextSibling {
		if c.Type == html.ElementNode && c.DataAtom != atom.Br && c.DataAtom != atom.Hr {
			return false
		}
	}
	return strings.TrimFunc(textOf(n), isSpace) == ""
}

// wrapPhrasing wraps each run of inline content directly inside div in a
// <p>, so that loose text is scored like a paragraph.
func wrapPhrasing(div *html.Node) {
	var p *html.Node
	for c := div.FirstChild; c != nil; {
		next := c.NextSibling
		if isPhrasing(c) {
			if p != nil {
				div.RemoveChild(c)
				p.AppendChild(c)
			} else if !isWhitespaceNode(c) {
				p = &html.Node{Type: html.ElementNode, Data: "p", DataAtom: atom.P}
				div.InsertBefore(p, c)
				div.RemoveChild(c)
				p.AppendChild(c)
			}
		} else if p != nil {
			for p.LastChild != nil && isWhitespaceNode(p.LastChild) {
				p.RemoveChild(p.LastChild)
			}
			p = nil
		}
		c = next
	}
}

// singleChild returns n's only child element when it has tag a and n has
// no text of its own, else nil.
func singleChild(n *html.Node, a atom.Atom) *html.Node {
	var only *html.Node
	for c := n.FirstChild; c != nil; c = c.NextSibling {
		switch c.Type {
		case html.ElementNode:
			if only != nil || c.DataAtom != a {
				return nil
			}
			only = c
		case html.TextNode:
			if strings.TrimFunc(c.Data, isSpace) != "" {
				return nil
			}
		}
	}
	return only
}

// linkDensity returns the share of n's text that sits inside links; links
// to anchors on the same page count for less, as they are often footnotes
// or a table of contents of the article itself.
func linkDensity(n *html.Node) float64 {
	total := textLen(n)
	if total == 0 {
		return 0
	}
	var links float64
	var walk func(*html.Node)
	walk = func(c *html.Node) {
		for ch := c.FirstChild; ch != nil; ch = ch.NextSibling {
			if ch.Type != html.ElementNode {
				continue
			}
			if ch.DataAtom == atom.A {
				coef := 1.0
				if strings.HasPrefix(attr(ch, "href"), "#") {
					coef = 0.3
				}
				links += coef * float64(textLen(ch))
				continue
			}
			walk(ch)
		}
	}
	walk(n)
	return links / float64(total)
}

// embedHint marks a blockquote that holds a post embedded from a social
// network, which quotes the story's sources: it is article text even when
// its box is named "social".
var embedHint = newLazyRegexp(`(?i)tweet|twitter|instagram|tiktok|facebook|reddit|embed`)

// hasEmbeddedPost reports whether n holds an embedded social post.
func hasEmbeddedPost(n *html.Node) bool {
	for _, q := range elementsByTag(n, atom.Blockquote) {
		if embedHint.MatchString(attr(q, "class")) {
			return true
		}
	}
	return false
}

// inheritHints appends from's class and id to to's class, so that class
// hints survive when a wrapper is replaced by its only child.
func inheritHints(to, from *html.Node) {
	extra := strings.TrimSpace(attr(from, "class") + " " + attr(from, "id"))
	if extra == "" {
		return
	}
	for i, a := range to.Attr {
		if a.Key == "class" && a.Namespace == "" {
			to.Attr[i].Val = strings.TrimSpace(a.Val + " " + extra)
			return
		}
	}
	to.Attr = append(to.Attr, html.Attribute{Key: "class", Val: extra})
}
