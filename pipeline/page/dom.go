package page

import (
	"strings"
	"unicode"

	"golang.org/x/net/html"
	"golang.org/x/net/html/atom"
)

// This file holds small helpers over golang.org/x/net/html nodes. The body
// extractor works on the raw node tree (which goquery wraps) because it
// rewrites the tree a lot and needs per-node bookkeeping.

// attr returns the value of n's attribute key ("" when absent).
func attr(n *html.Node, key string) string {
	for _, a := range n.Attr {
		if a.Key == key && a.Namespace == "" {
			return a.Val
		}
	}
	return ""
}

// hasAttr reports whether n carries attribute key at all.
func hasAttr(n *html.Node, key string) bool {
	for _, a := range n.Attr {
		if a.Key == key && a.Namespace == "" {
			return true
		}
	}
	return false
}

// classID returns "class id" in lower case, the string class/id hints are
// matched against.
func classID(n *html.Node) string {
	c, id := attr(n, "class"), attr(n, "id")
	if c == "" && id == "" {
		return ""
	}
	return strings.ToLower(c + " " + id)
}

// isElem reports whether n is an element with atom a.
func isElem(n *html.Node, a atom.Atom) bool {
	return n != nil && n.Type == html.ElementNode && n.DataAtom == a
}

// removeNode detaches n from its parent, if it has one.
func removeNode(n *html.Node) {
	if n.Parent != nil {
		n.Parent.RemoveChild(n)
	}
}

// hasAncestor reports whether one of n's ancestors is an element with atom a.
func hasAncestor(n *html.Node, a atom.Atom) bool {
	for p := n.Parent; p != nil; p = p.Parent {
		if p.Type == html.ElementNode && p.DataAtom == a {
			return true
		}
	}
	return false
}

// elementChildren returns n's child elements.
func elementChildren(n *html.Node) []*html.Node {
	var out []*html.Node
	for c := n.FirstChild; c != nil; c = c.NextSibling {
		if c.Type == html.ElementNode {
			out = append(out, c)
		}
	}
	return out
}

// nextInside returns the node after n in document order (pre-order)
// inside root's subtree, or nil. With skipChildren it does not descend
// into n.
func nextInside(root, n *html.Node, skipChildren bool) *html.Node {
	if !skipChildren && n.FirstChild != nil {
		return n.FirstChild
	}
	for ; n != nil && n != root; n = n.Parent {
		if n.NextSibling != nil {
			return n.NextSibling
		}
	}
	return nil
}

// findElem returns the first element with atom a in n's subtree
// (including n), or nil.
func findElem(n *html.Node, a atom.Atom) *html.Node {
	for c := n; c != nil; c = nextInside(n, c, false) {
		if c.Type == html.ElementNode && c.DataAtom == a {
			return c
		}
	}
	return nil
}

// elementsByTag returns the elements in n's subtree (excluding n) whose
// atom is one of tags, in document order.
func elementsByTag(n *html.Node, tags ...atom.Atom) []*html.Node {
	var out []*html.Node
	for c := nextInside(n, n, false); c != nil; c = nextInside(n, c, false) {
		if c.Type != html.ElementNode {
			continue
		}
		for _, t := range tags {
			if c.DataAtom == t {
				out = append(out, c)
				break
			}
		}
	}
	return out
}

// isSpace reports whether r separates words on a page: Unicode white space
// plus the zero-width and non-breaking characters pages use as spacing.
func isSpace(r rune) bool {
	if r < 0x80 {
		return r == ' ' || r == '\n' || r == '\t' || r == '\r' || r == '\f' || r == '\v'
	}
	switch r {
	case '\u00a0', '\u200b', '\u200c', '\u200d', '\u2060', '\ufeff':
		return true
	}
	return unicode.IsSpace(r)
}

// isWhitespaceNode reports whether n is a text node with nothing but space
// in it, or a <br>.
func isWhitespaceNode(n *html.Node) bool {
	if n.Type == html.TextNode {
		return strings.TrimFunc(n.Data, isSpace) == ""
	}
	return isElem(n, atom.Br)
}

// textOf returns the text of n's subtree with white space folded.
func textOf(n *html.Node) string {
	var sb strings.Builder
	var walk func(*html.Node)
	walk = func(n *html.Node) {
		switch n.Type {
		case html.TextNode:
			sb.WriteString(n.Data)
		case html.ElementNode, html.DocumentNode:
			for c := n.FirstChild; c != nil; c = c.NextSibling {
				walk(c)
			}
		}
	}
	walk(n)
	return cleanText(sb.String())
}

// textLen returns the length in runes of textOf(n), without building it.
func textLen(n *html.Node) int {
	c := &runeCounter{}
	c.walk(n)
	return c.len()
}

// runeCounter counts the runes of text as cleanText would leave it: runs
// of space count once, and not at the ends.
type runeCounter struct {
	n, pendingSpace int
	started         bool
}

func (c *runeCounter) add(s string) {
	for _, r := range s {
		if isSpace(r) {
			if c.started {
				c.pendingSpace = 1
			}
			continue
		}
		c.n += c.pendingSpace + 1
		c.pendingSpace = 0
		c.started = true
	}
}

func (c *runeCounter) len() int { return c.n }

func (c *runeCounter) walk(n *html.Node) {
	switch n.Type {
	case html.TextNode:
		c.add(n.Data)
	case html.ElementNode, html.DocumentNode:
		for ch := n.FirstChild; ch != nil; ch = ch.NextSibling {
			c.walk(ch)
		}
	}
}
