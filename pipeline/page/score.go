package page

import (
	"math"
	"sort"
	"strings"
	"unicode/utf8"

	"golang.org/x/net/html"
	"golang.org/x/net/html/atom"
)

// commaRunes are the commas of several scripts; each one in a paragraph
// hints at real prose.
const commaRunes = ",\u060C\uFE50\uFE10\uFE11\u2E41\u2E34\u2E32\uFF0C\u3001"

func countCommas(s string) int {
	n := 0
	for _, r := range s {
		if strings.ContainsRune(commaRunes, r) {
			n++
		}
	}
	return n
}

// initScore gives a new candidate its starting score from its tag and its
// class/id hints.
func (e *extractor) initScore(n *html.Node) float64 {
	s := 0.0
	switch n.DataAtom {
	case atom.Div:
		s = 5
	case atom.Pre, atom.Td, atom.Blockquote:
		s = 3
	case atom.Address, atom.Ol, atom.Ul, atom.Dl, atom.Dd, atom.Dt, atom.Li, atom.Form:
		s = -3
	case atom.H1, atom.H2, atom.H3, atom.H4, atom.H5, atom.H6, atom.Th:
		s = -5
	}
	return s + float64(e.classWeight(n))
}

func (e *extractor) classWeight(n *html.Node) int {
	if e.flags&flagWeightClasses == 0 {
		return 0
	}
	return classWeight(n)
}

// maxAncestorLevels is how far up a paragraph's score propagates.
const maxAncestorLevels = 5

// score adds each paragraph's score to its ancestors: in full to the
// parent, half to the grandparent, and less further up.
func (e *extractor) score(elems []*html.Node) {
	for _, el := range elems {
		if el.Parent == nil || el.Parent.Type != html.ElementNode {
			continue
		}
		text := textOf(el)
		l := utf8.RuneCountInString(text)
		if l < 25 {
			continue
		}
		s := 1 + float64(countCommas(text)) + math.Min(float64(l/100), 3)
		level := 0
		for a := el.Parent; a != nil && level < maxAncestorLevels; a = a.Parent {
			if a.Type != html.ElementNode || a.Parent == nil || a.Parent.Type != html.ElementNode {
				break
			}
			if _, ok := e.scores[a]; !ok {
				e.scores[a] = e.initScore(a)
			}
			div := 1.0
			switch level {
			case 0:
			case 1:
				div = 2
			default:
				div = float64(level * 3)
			}
			e.scores[a] += s / div
			level++
		}
	}
}

// topCandidateCount is how many best candidates are weighed against each
// other when the best one may be only part of the article.
const topCandidateCount = 5

// topCandidate scales the candidates by their link density and returns the
// element that holds the article; nil when nothing was scored.
func (e *extractor) topCandidate(body *html.Node) *html.Node {
	type cand struct {
		n     *html.Node
		score float64
	}
	cands := make([]cand, 0, len(e.scores))
	for n, s := range e.scores {
		s *= 1 - linkDensity(n)
		e.scores[n] = s
		cands = append(cands, cand{n, s})
	}
	if len(cands) == 0 {
		return nil
	}
	// Ties are broken by document position so that runs are repeatable.
	order := documentOrder(body)
	sort.Slice(cands, func(i, j int) bool {
		if cands[i].score != cands[j].score {
			return cands[i].score > cands[j].score
		}
		return order[cands[i].n] < order[cands[j].n]
	})
	top := cands[0].n
	if top == body {
		return body
	}
	// When several strong candidates share an ancestor, the article is
	// split over them (one box per paragraph group): take the ancestor.
	var alternatives [][]*html.Node
	for _, c := range cands[1:min(len(cands), topCandidateCount)] {
		if c.score/cands[0].score >= 0.75 {
			alternatives = append(alternatives, ancestors(c.n))
		}
	}
	if len(alternatives) >= 3 {
		for p := top.Parent; p != nil && p != body; p = p.Parent {
			holds := 0
			for _, anc := range alternatives {
				for _, a := range anc {
					if a == p {
						holds++
						break
					}
				}
			}
			if holds >= 3 {
				top = p
				break
			}
		}
	}
	if _, ok := e.scores[top]; !ok {
		e.scores[top] = e.initScore(top)
	}
	// Climb while the parent scores about as well: the article's own box
	// often scores a little under the paragraphs' box inside it.
	last := e.scores[top]
	threshold := last / 3
	for p := top.Parent; p != nil && p != body; p = p.Parent {
		ps, ok := e.scores[p]
		if !ok {
			continue
		}
		if ps < threshold {
			break
		}
		if ps > last {
			top = p
			break
		}
		last = ps
	}
	for p := top.Parent; p != nil && p != body && len(elementChildren(p)) == 1; p = top.Parent {
		top = p
	}
	if _, ok := e.scores[top]; !ok {
		e.scores[top] = e.initScore(top)
	}
	return top
}

// ancestors returns n's ancestors, nearest first.
func ancestors(n *html.Node) []*html.Node {
	var out []*html.Node
	for p := n.Parent; p != nil; p = p.Parent {
		out = append(out, p)
	}
	return out
}

// documentOrder numbers the elements under root in document order.
func documentOrder(root *html.Node) map[*html.Node]int {
	m := map[*html.Node]int{}
	i := 0
	for n := root; n != nil; n = nextInside(root, n, false) {
		if n.Type == html.ElementNode {
			m[n] = i
			i++
		}
	}
	return m
}

// collect returns a new <div> with the top candidate and those of its
// siblings that belong to the article: well-scored ones, ones sharing its
// class, and prose paragraphs.
func (e *extractor) collect(top *html.Node) *html.Node {
	article := &html.Node{Type: html.ElementNode, Data: "div", DataAtom: atom.Div}
	parent := top.Parent
	if parent == nil || top.DataAtom == atom.Body {
		for c := top.FirstChild; c != nil; {
			next := c.NextSibling
			top.RemoveChild(c)
			article.AppendChild(c)
			c = next
		}
		return article
	}
	topScore := e.scores[top]
	threshold := math.Max(10, topScore*0.2)
	topClass := attr(top, "class")
	for _, sib := range elementChildren(parent) {
		keep := sib == top
		if !keep {
			bonus := 0.0
			if topClass != "" && attr(sib, "class") == topClass {
				bonus = topScore * 0.2
			}
			if s, ok := e.scores[sib]; ok && s+bonus >= threshold {
				keep = true
			} else if sib.DataAtom == atom.P {
				text := textOf(sib)
				l := utf8.RuneCountInString(text)
				ld := linkDensity(sib)
				if l > 80 && ld < 0.25 {
					keep = true
				} else if l < 80 && l > 0 && ld == 0 && sentenceEnd.MatchString(text) {
					keep = true
				}
			}
		}
		if keep {
			parent.RemoveChild(sib)
			article.AppendChild(sib)
		}
	}
	return article
}
