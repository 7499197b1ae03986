package page

import (
	"strings"
	"unicode/utf8"

	"golang.org/x/net/html"
	"golang.org/x/net/html/atom"
)

// sentenceEnd matches a full stop ending a sentence.
var sentenceEnd = newLazyRegexp(`\.( |$)`)

// prepArticle removes what the collected article still holds that is not
// article text: forms, embedded furniture, share bars, headers with
// furniture names, and boxes that look like link lists, galleries or ads.
func (e *extractor) prepArticle(article *html.Node) {
	e.cleanConditionally(article, atom.Form)
	e.cleanConditionally(article, atom.Fieldset)
	removeTags(article, atom.Footer, atom.Aside, atom.Nav, atom.Figcaption)
	e.removeFurniture(article)
	// Share bars sit between the paragraphs in many articles.
	for _, c := range elementChildren(article) {
		removeMatching(c, func(n *html.Node, match string) bool {
			return shareHint.MatchString(match) && textLen(n) < maxShareChars
		})
	}
	for _, h := range elementsByTag(article, atom.H1, atom.H2) {
		if e.classWeight(h) < 0 {
			removeNode(h)
		}
	}
	e.cleanConditionally(article, atom.Table)
	e.cleanConditionally(article, atom.Ul)
	e.cleanConditionally(article, atom.Div)
}

// maxShareChars is the most text a share bar holds.
const maxShareChars = 500

// figureHint marks boxes around pictures and video: their captions and
// credits are not part of the article text.
var figureHint = fragments{"caption", "credit", "gallery", "slideshow", "carousel", "photo", "figure",
	"image", "picture", "video"}

// furnitureHint marks boxes that are about something other than the story:
// author bios, sign-up and subscription calls, related links, ads, share
// and comment widgets, disclaimers.
var furnitureHint = fragments{"author", "byline", "newsletter", "signup", "sign-up", "subscri", "paywall",
	"promo", "related", "recommend", "advert", "sponsor", "disclaimer", "print-only", "d-print", "social",
	"share", "comment", "breadcrumb"}

// isFurnitureToken reports whether one class name marks furniture: it has
// one of the furnitureHint fragments, or is a call to action ("cta") or a
// biography ("bio") box.
func isFurnitureToken(tok string) bool {
	if furnitureHint.MatchString(tok) {
		return true
	}
	for _, word := range strings.FieldsFunc(tok, func(r rune) bool { return r == '-' || r == '_' }) {
		if word == "cta" || word == "bio" || word == "bios" || word == "biography" {
			return true
		}
	}
	return false
}

// stateClass matches class names that describe a state of a box
// ("has-image", "no-photo") rather than what it is.
var stateClass = newLazyRegexp(`(^|[-_])(has|with|no|is|show|hide)[-_]`)

// hintedBox reports whether one of n's class names or its id passes
// isHinted, ignoring class names that only describe a state.
func hintedBox(n *html.Node, isHinted func(string) bool) bool {
	for _, v := range []string{attr(n, "class"), attr(n, "id")} {
		for _, tok := range strings.Fields(strings.ToLower(v)) {
			if isHinted(tok) && !stateClass.MatchString(tok) {
				return true
			}
		}
	}
	return false
}

// removeFurniture drops pictures with their captions, and other boxes that
// read like furniture by name, unless they hold most of the prose.
func (e *extractor) removeFurniture(article *html.Node) {
	total := proseLen(article)
	removeMatching(article, func(n *html.Node, match string) bool {
		if n == article {
			return false
		}
		furniture := n.DataAtom == atom.Figure || n.DataAtom == atom.Header ||
			match != "" && (hintedBox(n, figureHint.MatchString) || hintedBox(n, isFurnitureToken))
		// Embedded posts and quotes are article text even in a media box.
		if !furniture || findElem(n, atom.Blockquote) != nil {
			return false
		}
		if total > 0 && float64(proseLen(n)) > proseShare*float64(total) {
			return false
		}
		return true
	})
}

// removeTags drops every element with one of tags under n.
func removeTags(n *html.Node, tags ...atom.Atom) {
	for _, el := range elementsByTag(n, tags...) {
		removeNode(el)
	}
}

// removeMatching drops the elements under n (n included) for which fn,
// given the element and its class/id string, says so.
func removeMatching(root *html.Node, fn func(*html.Node, string) bool) {
	for n := root; n != nil; {
		if n.Type == html.ElementNode && fn(n, classID(n)) {
			next := nextInside(root, n, true)
			if n == root {
				removeNode(n)
				return
			}
			removeNode(n)
			n = next
			continue
		}
		n = nextInside(root, n, false)
	}
}

// adWords are texts that mark a box as an advertisement placeholder.
var adWords = newLazyRegexp(`(?i)^\s*(ad(vertising|vertisement)?|pub(licité)?|werb(ung)?|广告|Реклама|Anuncio|publicidade|publicidad|anzeige)\s*$`)

// cleanConditionally removes the elements with tag a under article that
// look like furniture rather than prose: mostly links, more list items than
// paragraphs, more images than paragraphs, form inputs, negative class
// hints. Data tables and code are left alone.
func (e *extractor) cleanConditionally(article *html.Node, a atom.Atom) {
	if e.flags&flagCleanConditionally == 0 {
		return
	}
	elems := elementsByTag(article, a)
	total := proseLen(article)
	// Inner boxes first, so that an outer box is judged on what is left.
	for i := len(elems) - 1; i >= 0; i-- {
		n := elems[i]
		if n.Parent == nil || !attachedTo(n, article) {
			continue
		}
		if a == atom.Table && isDataTable(n) || hasAncestor(n, atom.Code) || isEmbedBox(n) {
			continue
		}
		// A box holding most of the article's prose is the article, however
		// many links sit around the prose.
		if a != atom.Table && total > 0 && float64(proseLen(n)) > proseShare*float64(total) {
			continue
		}
		if why := e.removalReason(n, a); why != "" {
			removeNode(n)
		}
	}
}

// proseShare is the share of the article's prose a box must hold to be
// kept whatever else it holds.
const proseShare = 0.5

// proseLen sums the text of n's prose paragraphs: <p> elements of at least
// a sentence's length that are not mostly links.
func proseLen(n *html.Node) int {
	total := 0
	for _, p := range elementsByTag(n, atom.P, atom.Pre) {
		l := textLen(p)
		if l >= 80 && linkDensity(p) < 0.25 {
			total += l
		}
	}
	return total
}

// isEmbedBox reports whether n is the box of an embedded social post: a
// short box holding one.
func isEmbedBox(n *html.Node) bool {
	return hasEmbeddedPost(n) && textLen(n) < 1000
}

// attachedTo reports whether root is an ancestor of n.
func attachedTo(n, root *html.Node) bool {
	for p := n.Parent; p != nil; p = p.Parent {
		if p == root {
			return true
		}
	}
	return false
}

// removalReason says why n (an element with tag a) is furniture, or ""
// when it may stay.
func (e *extractor) removalReason(n *html.Node, a atom.Atom) string {
	isList := a == atom.Ul || a == atom.Ol
	text := textOf(n)
	length := utf8.RuneCountInString(text)
	if !isList {
		listLen := 0
		for _, l := range elementsByTag(n, atom.Ul, atom.Ol) {
			listLen += textLen(l)
		}
		isList = length > 0 && float64(listLen)/float64(length) > 0.9
	}
	weight := e.classWeight(n)
	if weight < 0 {
		return "negative class"
	}
	if countCommas(text) >= 10 {
		return ""
	}
	var p, img, li, input, embeds, headingLen int
	for c := nextInside(n, n, false); c != nil; c = nextInside(n, c, false) {
		if c.Type != html.ElementNode {
			continue
		}
		switch c.DataAtom {
		case atom.P:
			p++
		case atom.Img:
			img++
		case atom.Li:
			li++
		case atom.Input:
			input++
		case atom.Embed, atom.Object, atom.Iframe:
			embeds++
		case atom.H1, atom.H2, atom.H3, atom.H4, atom.H5, atom.H6:
			headingLen += textLen(c)
		}
	}
	li -= 100
	if adWords.MatchString(text) {
		return "ad label"
	}
	headingDensity := 0.0
	if length > 0 {
		headingDensity = float64(headingLen) / float64(length)
	}
	ld := linkDensity(n)
	inFigure := hasAncestor(n, atom.Figure)
	why := ""
	switch {
	case !inFigure && img > 1 && float64(p)/float64(img) < 0.5:
		why = "images outnumber paragraphs"
	case !isList && li > p:
		why = "list items outside a list"
	case input > p/3:
		why = "form inputs"
	case !isList && !inFigure && headingDensity < 0.9 && length < 25 && (img == 0 || img > 2) && ld > 0:
		why = "short linked text"
	case !isList && weight < 25 && ld > 0.2:
		why = "link density"
	case weight >= 25 && ld > 0.5:
		why = "link density despite class"
	case embeds == 1 && length < 75 || embeds > 1:
		why = "embeds"
	}
	// A list of images (a gallery with one picture per item) may stay.
	if isList && why != "" {
		for _, c := range elementChildren(n) {
			if len(elementChildren(c)) > 1 {
				return why
			}
		}
		if img == li+100 {
			return ""
		}
	}
	return why
}

// isDataTable reports whether a table holds data (kept whole) rather than
// page layout.
func isDataTable(t *html.Node) bool {
	if attr(t, "role") == "presentation" || attr(t, "datatable") == "0" {
		return false
	}
	if attr(t, "summary") != "" || findElem(t, atom.Caption) != nil {
		return true
	}
	for _, tag := range []atom.Atom{atom.Col, atom.Colgroup, atom.Tfoot, atom.Thead, atom.Th} {
		if len(elementsByTag(t, tag)) > 0 {
			return true
		}
	}
	if len(elementsByTag(t, atom.Table)) > 0 {
		return false
	}
	rows := len(elementsByTag(t, atom.Tr))
	cols := 0
	for _, tr := range elementsByTag(t, atom.Tr) {
		if c := len(elementsByTag(tr, atom.Td, atom.Th)); c > cols {
			cols = c
		}
	}
	if rows == 1 || cols == 1 {
		return false
	}
	return rows >= 10 || cols > 4 || rows*cols > 10
}

// titleLines is how many lines at the top of the body are checked for a
// repeat of the headline.
const titleLines = 3

// filterLines drops rendered lines that are page furniture whatever box
// they sit in, and the headline when it opens the body.
func filterLines(lines []line, title string) []string {
	out := make([]string, 0, len(lines))
	for _, l := range lines {
		if isLinkLine(l) || furnitureReason(l.text) != "" {
			continue
		}
		if len(out) < titleLines && isTitleLine(l.text, title) {
			continue
		}
		out = append(out, l.text)
	}
	return out
}

// isTitleLine reports whether text is the headline again.
func isTitleLine(text, title string) bool {
	if title == "" {
		return false
	}
	return strings.EqualFold(text, title) ||
		textSimilarity(title, text) > 0.9 && textSimilarity(text, title) > 0.9
}

// linkLineShare is the share of a line's text in links above which the
// line is a link to elsewhere ("Read more: ...", related stories, share
// buttons) rather than article text.
const linkLineShare = 0.8

// urlText matches text that is itself a web address; a printed address is
// article text even when it is linked.
var urlText = newLazyRegexp(`^(https?://|www\.)\S+$`)

// isLinkLine reports whether l is (almost) all link text.
func isLinkLine(l line) bool {
	return l.linkShare() >= linkLineShare && !urlText.MatchString(l.text)
}
