package page

import (
	"strings"
	"unicode/utf8"

	"golang.org/x/net/html"
	"golang.org/x/net/html/atom"
)

// blockTags start a new line in the rendered text. Everything else is
// inline and flows into the current line, so "<b>wo</b>rd" stays one word.
var blockTags = map[atom.Atom]bool{
	atom.Address: true, atom.Article: true, atom.Aside: true, atom.Blockquote: true,
	atom.Body: true, atom.Caption: true, atom.Center: true, atom.Dd: true,
	atom.Details: true, atom.Dialog: true, atom.Dir: true, atom.Div: true,
	atom.Dl: true, atom.Dt: true, atom.Fieldset: true, atom.Figcaption: true,
	atom.Figure: true, atom.Footer: true, atom.Form: true, atom.H1: true,
	atom.H2: true, atom.H3: true, atom.H4: true, atom.H5: true, atom.H6: true,
	atom.Header: true, atom.Hgroup: true, atom.Hr: true, atom.Html: true,
	atom.Legend: true, atom.Li: true, atom.Main: true, atom.Menu: true,
	atom.Nav: true, atom.Ol: true, atom.P: true, atom.Pre: true,
	atom.Section: true, atom.Summary: true, atom.Table: true, atom.Tbody: true,
	atom.Td: true, atom.Tfoot: true, atom.Th: true, atom.Thead: true,
	atom.Tr: true, atom.Ul: true, atom.Br: true, atom.Option: true,
}

// isBlock reports whether n renders on lines of its own.
func isBlock(n *html.Node) bool {
	return n.Type == html.ElementNode && blockTags[n.DataAtom]
}

// line is one rendered line of text with what the filters need to know
// about it.
type line struct {
	text      string
	linkChars int        // runes of text inside links
	block     *html.Node // innermost block element holding the line
}

// linkShare returns the share of the line's text inside links.
func (l line) linkShare() float64 {
	n := utf8.RuneCountInString(l.text)
	if n == 0 {
		return 0
	}
	return float64(l.linkChars) / float64(n)
}

// lineWriter collects rendered text as lines of folded text.
type lineWriter struct {
	lines  []line
	cur    strings.Builder
	link   strings.Builder
	inLink int
	blocks []*html.Node
}

// flush ends the current line, keeping it when it has any text.
func (w *lineWriter) flush() {
	if w.cur.Len() == 0 {
		return
	}
	if s := cleanText(w.cur.String()); s != "" {
		l := line{text: s, linkChars: utf8.RuneCountInString(cleanText(w.link.String()))}
		if len(w.blocks) > 0 {
			l.block = w.blocks[len(w.blocks)-1]
		}
		w.lines = append(w.lines, l)
	}
	w.cur.Reset()
	w.link.Reset()
}

// renderLines renders n's subtree as lines of text: one per paragraph-like
// block, with <br> and the line breaks of <pre> kept.
func renderLines(n *html.Node) []line {
	w := &lineWriter{}
	w.render(n, false)
	w.flush()
	return w.lines
}

func (w *lineWriter) text(s string) {
	w.cur.WriteString(s)
	if w.inLink > 0 {
		w.link.WriteString(s)
	}
}

func (w *lineWriter) render(n *html.Node, pre bool) {
	switch n.Type {
	case html.TextNode:
		if !pre {
			w.text(n.Data)
			return
		}
		// Inside <pre> the source lines are the text's lines.
		parts := strings.Split(n.Data, "\n")
		for i, p := range parts {
			if i > 0 {
				w.flush()
			}
			w.text(p)
		}
		return
	case html.ElementNode, html.DocumentNode:
	default:
		return
	}
	if n.Type == html.ElementNode {
		switch n.DataAtom {
		case atom.Br, atom.Hr:
			w.flush()
			return
		case atom.Td, atom.Th:
			// Cells of a row stay on the row's line, apart.
			w.cur.WriteByte(' ')
			for c := n.FirstChild; c != nil; c = c.NextSibling {
				w.render(c, pre)
			}
			w.cur.WriteByte(' ')
			return
		case atom.Pre:
			pre = true
		case atom.A:
			w.inLink++
			defer func() { w.inLink-- }()
		}
	}
	block := isBlock(n)
	if block {
		w.flush()
		w.blocks = append(w.blocks, n)
	}
	for c := n.FirstChild; c != nil; c = c.NextSibling {
		w.render(c, pre)
	}
	if block {
		w.flush()
		w.blocks = w.blocks[:len(w.blocks)-1]
	}
}
