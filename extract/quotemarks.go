package extract

import (
	"strings"
	"unicode"
	"unicode/utf8"
)

// Quotation marks are found on tokens and paired within paragraphs. A
// straight mark opens or closes according to the spaces around it; a
// paragraph that ends inside a quote continues it when the next paragraph
// opens with a mark (the convention for quotes over several paragraphs).

type markRole uint8

const (
	mNone markRole = iota
	mOpen
	mClose
	mEither // a straight mark with spaces on both sides or none
)

// span of quoted text: the marks at open and close (token indexes) and the
// pieces of inner text (byte ranges) when a quote runs over paragraphs.
type quoteSpan struct {
	open, close int // tokens of the first opening and last closing mark; close is -1 when unclosed
	pieces      [][2]int
	single      bool
	// tokens inside the quote, [first, lim)
	first, lim int
}

// isDoubleMark reports a double quotation mark, a guillemet or a corner
// bracket, or two single marks written as one: unlike a single mark, never
// an apostrophe.
func isDoubleMark(s string) bool {
	switch s {
	case "\"", "\u201c", "\u201d", "\u201e", "\u201f", "\u00ab", "\u00bb", "\u300c", "\u300d", "''", "\u2018\u2018", "\u2019\u2019":
		return true
	}
	return false
}

// markFamily tells guillemets and corner brackets from the other double
// marks: a quote opened by one family closes only with the same.
func markFamily(s string) byte {
	switch s {
	case "\u00ab", "\u00bb":
		return 'g'
	case "\u300c", "\u300d":
		return 'c'
	}
	return 'q'
}

// markRoleAt decides whether the mark at token i opens or closes.
func (d *doc) markRoleAt(i int) markRole {
	t := &d.toks[i]
	switch t.text {
	case "\u201c", "\u201e", "\u201f", "\u00ab", "\u2018", "\u201a", "\u300c", "\u2039", "\u2018\u2018":
		return mOpen
	case "\u201d", "\u00bb", "\u300d", "\u203a", "\u2019\u2019":
		return mClose
	}
	paraStart := i == 0 || d.toks[i-1].para != t.para
	paraEnd := i+1 >= len(d.toks) || d.toks[i+1].para != t.para
	spaceAfter := paraEnd || d.toks[i+1].spaceBefore
	spaceBefore := paraStart || t.spaceBefore
	prevOpener := !paraStart && (d.toks[i-1].text == "(" || d.toks[i-1].text == "[" || d.toks[i-1].kind == tQuote && d.toks[i-1].end == t.start)
	switch {
	case (spaceBefore || prevOpener) && !spaceAfter:
		return mOpen
	case !spaceBefore && spaceAfter:
		return mClose
	case !spaceBefore && !spaceAfter:
		// "word"word or ."word: closes after sentence punctuation
		if n := d.toks[i+1]; n.kind == tPunct {
			return mClose
		}
		return mEither
	}
	return mEither
}

// findQuoteSpans pairs the quotation marks of the document.
func (d *doc) findQuoteSpans() []quoteSpan {
	out := d.rooms.spans[:0] // the document before's, or made
	if est := len(d.quoteToks)/2 + 1; len(d.quoteToks) > 0 && cap(out) < est {
		// a span has one mark at least, most two: made once, not grown
		out = make([]quoteSpan, 0, est)
	}
	var cur quoteSpan // the span open, when spanOpen
	spanOpen := false
	pieceStart := 0
	finish := func(closeTok int, endByte int) {
		cur.pieces = append(cur.pieces, [2]int{pieceStart, endByte})
		cur.close = closeTok
		out = append(out, cur)
		spanOpen = false
	}
	for pi, p := range d.paras {
		for _, k := range d.quoteMarksIn(p) {
			i := int(k)
			t := &d.toks[i]
			if !isDoubleMark(t.text) {
				continue // nested single quotes need no pairing: they stay in the text
			}
			role := d.markRoleAt(i)
			if spanOpen && markFamily(t.text) != markFamily(d.toks[cur.open].text) {
				// «He shouted “Allahu Akbar” twice»: marks of another
				// family inside a quote are a quote within it
				continue
			}
			if !spanOpen {
				if role == mClose {
					continue // a stray closing mark
				}
				cur, spanOpen = quoteSpan{open: i, close: -1}, true
				pieceStart = int(t.end)
				continue
			}
			if role == mOpen && i > cur.open+1 && d.openAfterSentence(i) {
				// an opening mark inside an open quote: the quote was never
				// closed before a new sentence of it began (two paragraphs
				// run together). It goes on.
				cur.pieces = append(cur.pieces, [2]int{pieceStart, trimEnd(d.text, int(t.start))})
				pieceStart = int(t.end)
				continue
			}
			finish(i, int(t.start))
		}
		if !spanOpen {
			continue
		}
		// the paragraph ended inside a quote
		if pi+1 < len(d.paras) {
			n := d.paras[pi+1]
			if d.toks[n.first].kind == tQuote && isDoubleMark(d.toks[n.first].text) && d.markRoleAt(n.first) != mClose {
				cur.pieces = append(cur.pieces, [2]int{pieceStart, p.end})
				pieceStart = int(d.toks[n.first].end)
				continue
			}
		}
		// unclosed at the end of its paragraph: the quote ends there
		finish(-1, p.end)
	}
	if spanOpen {
		finish(-1, len(d.text))
	}
	out = append(out, d.singleQuoteSpans(out)...)
	for k := range out {
		q := &out[k]
		q.first = q.open + 1
		q.lim = len(d.toks)
		if q.close >= 0 {
			q.lim = q.close
		} else {
			end := q.pieces[len(q.pieces)-1][1]
			for q.lim = q.first; q.lim < len(d.toks) && int(d.toks[q.lim].start) < end; q.lim++ {
			}
		}
	}
	d.rooms.spans = out
	return out
}

// openAfterSentence reports an opening mark that follows the end of a
// sentence: `doors. "There must be`.
func (d *doc) openAfterSentence(i int) bool {
	if i == 0 {
		return false
	}
	p := d.toks[i-1]
	return p.text == "." || p.text == "?" || p.text == "!" || p.text == "\u2026" || p.text == "..."
}

func trimEnd(s string, end int) int {
	for end > 0 && (s[end-1] == ' ' || s[end-1] == '\t') {
		end--
	}
	return end
}

// singleQuoteSpans pairs single marks used as quotation marks outside the
// double-quoted spans: ‘We are ready,’ she said.
func (d *doc) singleQuoteSpans(doubles []quoteSpan) []quoteSpan {
	inside := func(i int) bool {
		for _, q := range doubles {
			c := q.close
			if c < 0 {
				c = len(d.toks)
			}
			if i > q.open && i < c {
				return true
			}
		}
		return false
	}
	var out []quoteSpan
	for _, p := range d.paras {
		open := -1
		for _, k := range d.quoteMarksIn(p) {
			i := int(k)
			t := &d.toks[i]
			if isDoubleMark(t.text) || inside(i) {
				continue
			}
			role := d.markRoleAt(i)
			if t.text == "\u2019" || t.text == "'" {
				// after a letter and before a space: a closing mark, or an
				// apostrophe ("the families' lawyer") when nothing is open
				prevAdj := i > p.first && d.toks[i-1].end == t.start
				if !prevAdj || open < 0 {
					if role == mOpen && t.text == "'" {
						open = i
					}
					continue
				}
				role = mClose
			}
			switch {
			case role == mOpen:
				open = i
			case role == mClose && open >= 0:
				if i-open > 1 {
					out = append(out, quoteSpan{open: open, close: i, single: true,
						pieces: [][2]int{{int(d.toks[open].end), int(t.start)}}})
				}
				open = -1
			}
		}
	}
	return out
}

// quoteText joins the pieces of a quote and strips the punctuation that
// closes its sentence.
func (d *doc) quoteText(q *quoteSpan) string {
	var parts []string
	for _, pc := range q.pieces {
		if pc[0] >= pc[1] {
			continue
		}
		s := strings.TrimSpace(d.text[pc[0]:pc[1]])
		if s != "" {
			parts = append(parts, s)
		}
	}
	s := collapseSpaces(strings.Join(parts, " "))
	return strings.TrimRight(s, ",.;: \u2014\u2013-")
}

// collapseSpaces is strings.Join(strings.Fields(s), " ") without the slice
// of fields: runs of white space become one space, none at either end. A
// string already so (most quotes) is returned as it is.
func collapseSpaces(s string) string {
	if singleSpaced(s) {
		return s
	}
	var b strings.Builder
	b.Grow(len(s))
	start := -1 // start of the field being read, -1 between fields
	for i := 0; i < len(s); {
		var space bool
		n := 1
		if c := s[i]; c < utf8.RuneSelf {
			space = asciiSpace[c]
		} else {
			var r rune
			r, n = utf8.DecodeRuneInString(s[i:])
			space = unicode.IsSpace(r)
		}
		switch {
		case !space:
			if start < 0 {
				if b.Len() > 0 {
					b.WriteByte(' ')
				}
				start = i
			}
		case start >= 0:
			b.WriteString(s[start:i])
			start = -1
		}
		i += n
	}
	if start >= 0 {
		b.WriteString(s[start:])
	}
	return b.String()
}

// asciiSpace holds the ASCII bytes unicode.IsSpace reports.
var asciiSpace = [utf8.RuneSelf]bool{'\t': true, '\n': true, '\v': true, '\f': true, '\r': true, ' ': true}

// singleSpaced reports s of ASCII bytes whose only white space is single
// spaces between other bytes: collapseSpaces(s) is s.
func singleSpaced(s string) bool {
	prev := byte(' ') // a space "before" s: one at its start fails
	for i := 0; i < len(s); i++ {
		c := s[i]
		if c >= utf8.RuneSelf || asciiSpace[c] && (c != ' ' || prev == ' ') {
			return false
		}
		prev = c
	}
	return prev != ' ' || s == ""
}
