package page

import (
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/PuerkitoBio/goquery"
	"golang.org/x/net/html"
	"golang.org/x/net/html/atom"
)

// flags select how aggressive one extraction attempt is. The first attempt
// uses all of them; when it finds too little text, the next attempt drops
// the most aggressive one (as Readability.js does).
type flags uint8

const (
	flagStripUnlikely flags = 1 << iota
	flagWeightClasses
	flagCleanConditionally
)

// minArticleChars is the text length below which an attempt is retried with
// fewer flags. It is lower than Readability.js's 500: short news items
// exist, and a laxer attempt on one mostly adds the comments under it.
const minArticleChars = 250

// extractBody returns the article text of the page as lines joined by
// "\n". It rewrites the tree under doc.
func extractBody(doc *goquery.Document, ld *linkedData, title string) string {
	root := doc.Get(0)
	body := findElem(root, atom.Body)
	if body == nil {
		body = root
	}
	removeJunk(body)

	attempts := []flags{
		flagStripUnlikely | flagWeightClasses | flagCleanConditionally,
		flagWeightClasses | flagCleanConditionally,
		flagCleanConditionally,
		0,
	}
	var best []string
	bestLen := 0
	for i, fl := range attempts {
		tree := body
		if i < len(attempts)-1 {
			tree = cloneTree(body)
		}
		article := grabArticle(tree, fl, title)
		var lines []string
		if article != nil {
			lines = filterLines(renderLines(article), title)
		}
		n := linesLen(lines)
		// A laxer attempt replaces a short result only when it finds more
		// of the same text: when it finds other text altogether, that is
		// usually the furniture the strict attempt rightly dropped (a
		// comment thread under a short post).
		if n > bestLen && (bestLen < minKeepChars || covers(lines, best)) {
			best, bestLen = lines, n
		}
		if bestLen >= minArticleChars {
			break
		}
	}
	// Pages that build their text with scripts carry little of it in the
	// markup; their JSON-LD articleBody is then the better source.
	if ldLines := jsonLDLines(ld.ArticleBody); bestLen < minArticleChars && linesLen(ldLines) >= 2*max(bestLen, minKeepChars) {
		best = ldLines
	}
	return strings.Join(best, "\n")
}

// jsonLDLines turns a JSON-LD articleBody into body lines. The text is
// plain in most pages but holds markup in some, which is rendered.
func jsonLDLines(text string) []string {
	if strings.TrimSpace(text) == "" {
		return nil
	}
	if strings.Contains(text, "<") {
		if nodes, err := html.ParseFragment(strings.NewReader(text), &html.Node{Type: html.ElementNode, Data: "div", DataAtom: atom.Div}); err == nil {
			div := &html.Node{Type: html.ElementNode, Data: "div", DataAtom: atom.Div}
			for _, n := range nodes {
				div.AppendChild(n)
			}
			removeJunk(div)
			return filterLines(renderLines(div), "")
		}
	}
	var out []string
	for _, l := range strings.Split(text, "\n") {
		if l = cleanText(l); l != "" {
			out = append(out, l)
		}
	}
	return out
}

// minKeepChars is the length under which a result is no evidence at all
// and any longer one replaces it.
const minKeepChars = 140

// covers reports whether most of old's words occur in lines, in runs.
func covers(lines, old []string) bool {
	have := map[string]bool{}
	for _, s := range shingleKeys(strings.Join(lines, " ")) {
		have[s] = true
	}
	keys := shingleKeys(strings.Join(old, " "))
	if len(keys) == 0 {
		return true
	}
	hit := 0
	for _, k := range keys {
		if have[k] {
			hit++
		}
	}
	return float64(hit) >= 0.5*float64(len(keys))
}

// shingleKeys returns the runs of three consecutive words of s.
func shingleKeys(s string) []string {
	w := strings.FieldsFunc(s, func(r rune) bool { return !unicode.IsLetter(r) && !unicode.IsNumber(r) })
	var out []string
	for i := 0; i+3 <= len(w); i++ {
		out = append(out, w[i]+" "+w[i+1]+" "+w[i+2])
	}
	return out
}

func linesLen(lines []string) int {
	n := 0
	for _, l := range lines {
		n += utf8.RuneCountInString(l)
	}
	return n
}

// cloneTree returns a deep copy of n's subtree, detached.
func cloneTree(n *html.Node) *html.Node {
	c := &html.Node{Type: n.Type, DataAtom: n.DataAtom, Data: n.Data, Namespace: n.Namespace}
	if len(n.Attr) > 0 {
		c.Attr = append([]html.Attribute(nil), n.Attr...)
	}
	for ch := n.FirstChild; ch != nil; ch = ch.NextSibling {
		c.AppendChild(cloneTree(ch))
	}
	return c
}

// extractor holds the state of one extraction attempt over one tree.
type extractor struct {
	flags  flags
	title  string
	scores map[*html.Node]float64 // candidates; presence means "initialised"
}

// grabArticle finds the article in the tree under body and returns a new
// <div> holding it (the best candidate and its related siblings), cleaned;
// nil when the page has no text at all.
func grabArticle(body *html.Node, fl flags, title string) *html.Node {
	e := &extractor{flags: fl, title: title, scores: map[*html.Node]float64{}}
	toScore := e.prepare(body)
	e.score(toScore)
	top := e.topCandidate(body)
	if top == nil {
		return nil
	}
	article := e.collect(top)
	e.prepArticle(article)
	return article
}

// phrasingTags are inline elements: runs of them (and text) inside a <div>
// are paragraphs without the <p>.
var phrasingTags = map[atom.Atom]bool{
	atom.Abbr: true, atom.Audio: true, atom.B: true, atom.Bdo: true, atom.Br: true,
	atom.Button: true, atom.Cite: true, atom.Code: true, atom.Data: true,
	atom.Datalist: true, atom.Dfn: true, atom.Em: true, atom.Embed: true, atom.I: true,
	atom.Img: true, atom.Input: true, atom.Kbd: true, atom.Label: true, atom.Mark: true,
	atom.Math: true, atom.Meter: true, atom.Noscript: true, atom.Object: true,
	atom.Output: true, atom.Progress: true, atom.Q: true, atom.Ruby: true,
	atom.Samp: true, atom.Script: true, atom.Select: true, atom.Small: true,
	atom.Span: true, atom.Strong: true, atom.Sub: true, atom.Sup: true,
	atom.Textarea: true, atom.Time: true, atom.Var: true, atom.Wbr: true,
	atom.U: true, atom.S: true, atom.Strike: true, atom.Font: true, atom.Big: true,
	atom.Tt: true,
}

// isPhrasing reports whether n is inline content: text, an inline element,
// or a link/ins/del holding only inline content.
func isPhrasing(n *html.Node) bool {
	if n.Type == html.TextNode {
		return true
	}
	if n.Type != html.ElementNode {
		return false
	}
	if phrasingTags[n.DataAtom] {
		return true
	}
	if n.DataAtom == atom.A || n.DataAtom == atom.Del || n.DataAtom == atom.Ins {
		for c := n.FirstChild; c != nil; c = c.NextSibling {
			if !isPhrasing(c) {
				return false
			}
		}
		return true
	}
	return false
}

// divToPTags are the block elements that keep a <div> from being read as a
// paragraph.
var divToPTags = map[atom.Atom]bool{
	atom.Blockquote: true, atom.Dl: true, atom.Div: true, atom.Img: true,
	atom.Ol: true, atom.P: true, atom.Pre: true, atom.Table: true, atom.Ul: true,
}

// hasBlockChild reports whether n holds a block element anywhere below it.
func hasBlockChild(n *html.Node) bool {
	for c := nextInside(n, n, false); c != nil; c = nextInside(n, c, false) {
		if c.Type == html.ElementNode && divToPTags[c.DataAtom] {
			return true
		}
	}
	return false
}

// scoreTags are the elements whose text is scored.
var scoreTags = map[atom.Atom]bool{
	atom.Section: true, atom.H2: true, atom.H3: true, atom.H4: true, atom.H5: true,
	atom.H6: true, atom.P: true, atom.Td: true, atom.Pre: true,
}

// prepare walks the tree once: it removes furniture (by class, id, role),
// bylines, the headline, and empty boxes; turns text-only <div>s into
// paragraphs; and returns the elements to score.
func (e *extractor) prepare(body *html.Node) []*html.Node {
	var toScore []*html.Node
	removedTitle := false
	for n := body; n != nil; {
		if n.Type != html.ElementNode {
			n = nextInside(body, n, false)
			continue
		}
		skip := func() {
			next := nextInside(body, n, true)
			removeNode(n)
			n = next
		}
		match := classID(n)
		if n != body && e.isByline(n, match) {
			skip()
			continue
		}
		if !removedTitle && e.isTitleHeader(n) {
			removedTitle = true
			skip()
			continue
		}
		if e.flags&flagStripUnlikely != 0 && n != body {
			if match != "" && unlikelyHint.MatchString(match) && !maybeHint.MatchString(match) &&
				!hasAncestor(n, atom.Table) && !hasAncestor(n, atom.Code) && n.DataAtom != atom.A &&
				!hasEmbeddedPost(n) {
				skip()
				continue
			}
			if unlikelyRoles[attr(n, "role")] {
				skip()
				continue
			}
		}
		switch n.DataAtom {
		case atom.Div, atom.Section, atom.Header, atom.H1, atom.H2, atom.H3, atom.H4, atom.H5, atom.H6:
			if n != body && isEmptyElement(n) {
				skip()
				continue
			}
		}
		if scoreTags[n.DataAtom] {
			toScore = append(toScore, n)
		}
		if n.DataAtom == atom.Div {
			wrapPhrasing(n)
			if p := singleChild(n, atom.P); p != nil && linkDensity(n) < 0.25 {
				n.RemoveChild(p)
				n.Parent.InsertBefore(p, n)
				removeNode(n)
				// The box's class and id name what the paragraph is (an
				// author bio, a newsletter call): keep them on it.
				inheritHints(p, n)
				n = p
				toScore = append(toScore, n)
			} else if !hasBlockChild(n) {
				n.Data, n.DataAtom = "p", atom.P
				toScore = append(toScore, n)
			}
		}
		n = nextInside(body, n, false)
	}
	return toScore
}
