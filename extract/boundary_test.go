package extract

import (
	"os"
	"path/filepath"
	"runtime/debug"
	"sort"
	"strconv"
	"strings"
	"testing"
	"unicode"
	"unicode/utf8"
)

// boundaryAffixes are what a text may begin or end with where a rule that
// steps back or on from a token finds no token: a lone stop or colon on a
// line of its own, an empty line, an opening mark.
var boundaryAffixes = []string{".\n", ";\n", ":\n", "\n", "\"", "("}

// TestBoundaries cuts every text of the rule tables and the fuzz seeds at
// every word and punctuation boundary, keeps the part before and the part
// after each cut, bare and with one of boundaryAffixes on the cut side, and
// also puts every affix before and after each whole text. A body may begin
// and end anywhere (a cut page, a caption), so every one of these must
// extract without a panic and give spans inside the text. FuzzExtract finds
// such bugs at random in CI; this finds those of the shapes the rules were
// written for, the same way each run. -short keeps one text in five.
func TestBoundaries(t *testing.T) {
	ex := newTestExtractor(t)
	texts := boundaryTexts(t)
	step := 1
	if testing.Short() {
		step = 5
	}
	bad := map[string]string{} // panic site -> shortest input that reaches it
	run := func(s string) {
		defer func() {
			if r := recover(); r != nil {
				site := panicSite(r)
				if old, ok := bad[site]; !ok || len(s) < len(old) {
					bad[site] = s
				}
			}
		}()
		checkSpans(t, s, ex.Extract(s))
	}
	for i := 0; i < len(texts); i += step {
		text := texts[i]
		for _, a := range boundaryAffixes {
			run(a + text)
			run(text + a)
		}
		for k, cut := range wordBoundaries(text) {
			a := boundaryAffixes[k%len(boundaryAffixes)]
			run(text[:cut])
			run(text[cut:])
			run(text[:cut] + a)
			run(a + text[cut:])
		}
	}
	sites := make([]string, 0, len(bad))
	for site := range bad {
		sites = append(sites, site)
	}
	sort.Strings(sites)
	for _, site := range sites {
		t.Errorf("Extract(%q) panicked: %s", bad[site], site)
	}
}

// wordBoundaries gives the byte offsets inside text where a word or a mark
// begins or ends: every offset next to a rune that is not a letter or a
// digit.
func wordBoundaries(text string) []int {
	var cuts []int
	prevWord := false
	for i, r := range text {
		word := unicode.IsLetter(r) || unicode.IsDigit(r)
		if i > 0 && (!word || !prevWord) {
			cuts = append(cuts, i)
		}
		prevWord = word
	}
	return cuts
}

// panicSite names a recovered panic by its value and the first line of
// the package's code on the stack, so that one bug is reported once
// whatever the inputs that reach it.
func panicSite(r any) string {
	var where string
	for _, line := range strings.Split(string(debug.Stack()), "\n") {
		line = strings.TrimSpace(line)
		if strings.Contains(line, "/extract/") && strings.Contains(line, ".go:") && !strings.Contains(line, "_test.go") {
			where = filepath.Base(strings.Fields(line)[0])
			break
		}
	}
	msg := strings.TrimSpace(strings.SplitN(toString(r), "\n", 2)[0])
	// the indexes differ from input to input, the bug does not
	return where + ": " + strings.Map(func(r rune) rune {
		if unicode.IsDigit(r) {
			return 'N'
		}
		return r
	}, msg)
}

func toString(r any) string {
	switch v := r.(type) {
	case error:
		return v.Error()
	case string:
		return v
	}
	return "non-error panic"
}

// boundaryTexts collects, once each, the texts of the rule tables and the
// fuzz seeds, in the order of the tables.
func boundaryTexts(t *testing.T) []string {
	var texts []string
	seen := map[string]bool{}
	add := func(s string) {
		if s != "" && !seen[s] {
			seen[s] = true
			texts = append(texts, s)
		}
	}
	for _, s := range fuzzSeeds {
		add(s)
	}
	for _, s := range fuzzCorpus(t) {
		add(s)
	}
	for _, r := range append(append([]figureRule(nil), deathRules...), troopRules...) {
		for _, c := range r.pos {
			add(c.text)
		}
		for _, s := range r.neg {
			add(s)
		}
	}
	for _, p := range figurePassages {
		add(p.text)
	}
	for _, c := range officialRules {
		add(c.text)
	}
	for _, r := range quoteRuleRows {
		add(r.text)
	}
	for _, r := range stepRows {
		add(r.pos)
		add(r.neg)
	}
	return texts
}

// fuzzCorpus reads the seeds that FuzzExtract keeps in testdata/fuzz, the
// inputs that once made it fail.
func fuzzCorpus(t *testing.T) []string {
	files, err := filepath.Glob(filepath.Join("testdata", "fuzz", "FuzzExtract", "*"))
	if err != nil {
		t.Fatal(err)
	}
	var seeds []string
	for _, f := range files {
		b, err := os.ReadFile(f)
		if err != nil {
			t.Fatal(err)
		}
		for _, line := range strings.Split(string(b), "\n") {
			if !strings.HasPrefix(line, "string(") {
				continue
			}
			s, err := strconv.Unquote(strings.TrimSuffix(strings.TrimPrefix(line, "string("), ")"))
			if err != nil {
				t.Fatalf("%s: %v", f, err)
			}
			seeds = append(seeds, s)
		}
	}
	return seeds
}

// checkSpans fails t when a span of res lies outside the code points of s.
func checkSpans(t *testing.T, s string, res *Result) {
	t.Helper()
	n := utf8.RuneCountInString(s)
	check := func(what string, start, end int) {
		if start < 0 || end > n || start > end {
			t.Fatalf("%s span %d:%d outside the %d code points of %q", what, start, end, n, s)
		}
	}
	for _, q := range res.Quotes {
		check("quote", q.Start, q.End)
	}
	for _, o := range res.Officials {
		for _, m := range o.Mentions {
			check("official", m.Start, m.End)
		}
	}
	for _, c := range res.Countries {
		for _, m := range c.Spans {
			check("country", m.Start, m.End)
		}
	}
	for _, x := range res.Troops {
		check("troops", x.Start, x.End)
	}
	for _, x := range res.Deaths {
		check("deaths", x.Start, x.End)
	}
}
