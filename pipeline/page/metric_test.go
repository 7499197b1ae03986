package page

import (
	"strings"
	"unicode"
)

// This file implements the article-extraction-benchmark metric
// (shared/eval/body_score.py) in Go: texts are cut into \w+ words and
// compared as multisets of 4-word shingles; each page's true positives,
// false positives and false negatives are normalised to sum to 1.

// words splits s into runs of word characters, as Python's \w+ does.
func words(s string) []string {
	return strings.FieldsFunc(s, func(r rune) bool {
		return !(unicode.IsLetter(r) || unicode.IsNumber(r) || r == '_')
	})
}

// shingles counts the runs of 4 consecutive words of s. A text of fewer
// than 4 words is one shingle of all its words; an empty text has none.
func shingles(s string) map[string]int {
	w := words(s)
	out := map[string]int{}
	if len(w) == 0 {
		return out
	}
	n := max(1, len(w)-3)
	for i := 0; i < n; i++ {
		out[strings.Join(w[i:min(i+4, len(w))], "\x00")]++
	}
	return out
}

// pageCounts returns the normalised (tp, fp, fn) of pred against truth.
func pageCounts(truth, pred string) (tp, fp, fn float64) {
	t, p := shingles(truth), shingles(pred)
	var itp, ifp, ifn int
	for k, pc := range p {
		tc := t[k]
		itp += min(tc, pc)
		ifp += max(0, pc-tc)
	}
	for k, tc := range t {
		ifn += max(0, tc-p[k])
	}
	s := float64(itp + ifp + ifn)
	if s == 0 {
		return 0, 0, 0
	}
	return float64(itp) / s, float64(ifp) / s, float64(ifn) / s
}

func precisionOf(tp, fp, fn float64) float64 {
	if fp == 0 && fn == 0 {
		return 1
	}
	if tp+fp == 0 {
		return 0
	}
	return tp / (tp + fp)
}

func recallOf(tp, fp, fn float64) float64 {
	if fp == 0 && fn == 0 {
		return 1
	}
	if tp+fn == 0 {
		return 0
	}
	return tp / (tp + fn)
}

// benchScore aggregates page counts as the benchmark does: precision over
// pages with any prediction, recall over pages with any truth, F1 of the
// two means.
type benchScore struct {
	ps, rs []float64
}

func (b *benchScore) add(tp, fp, fn float64) {
	if tp+fp > 0 {
		b.ps = append(b.ps, precisionOf(tp, fp, fn))
	}
	if tp+fn > 0 {
		b.rs = append(b.rs, recallOf(tp, fp, fn))
	}
}

func mean(xs []float64) float64 {
	if len(xs) == 0 {
		return 0
	}
	s := 0.0
	for _, x := range xs {
		s += x
	}
	return s / float64(len(xs))
}

// result returns mean precision, mean recall and their F1.
func (b *benchScore) result() (p, r, f1 float64) {
	p, r = mean(b.ps), mean(b.rs)
	if p+r == 0 {
		return p, r, 0
	}
	return p, r, 2 * p * r / (p + r)
}
