package extract

import (
	"encoding/json"
	"fmt"
	"os"
	"path/filepath"
	"regexp"
	"sort"
	"strings"
	"testing"
	"unicode"

	"golang.org/x/text/unicode/norm"
)

// The accuracy check on the shared gold: the same matching as
// ../shared/eval/score.py, in Go, so that `go test` tells when a rule change
// makes things worse. It skips when ../shared is absent.

func sharedDir(t testing.TB) string {
	t.Helper()
	dir := filepath.Join("..", "..", "shared")
	if _, err := os.Stat(dir); err != nil {
		t.Skipf("../shared is absent (%v): skipping the accuracy check on the shared gold", err)
	}
	return dir
}

// goldOfficialEntry is an official of a gold file.
type goldOfficialEntry struct {
	Name    string   `json:"name"`
	Title   any      `json:"title"`
	Country *string  `json:"country"`
	Also    []string `json:"also"`
	Opt     bool     `json:"optional"`
	HasCtry bool     `json:"-"`
}

type goldFile struct {
	Officials []goldOfficialEntry `json:"officials"`
	Countries *struct {
		Required []string `json:"required"`
		Optional []string `json:"optional"`
	} `json:"countries"`
	Quotes []struct {
		Text    string `json:"text"`
		Speaker string `json:"speaker"`
		Opt     bool   `json:"optional"`
	} `json:"quotes"`
	Troops []struct {
		Count   int64   `json:"count"`
		Country *string `json:"country"`
		Opt     bool    `json:"optional"`
	} `json:"troops"`
	Deaths []struct {
		Count int64 `json:"count"`
		Opt   bool  `json:"optional"`
	} `json:"deaths"`
	raw map[string]json.RawMessage
}

type tally struct{ tp, fp, fn, whole, attrOK, attrN int }

func (t tally) f1() float64 {
	if t.tp == 0 {
		if t.fp == 0 && t.fn == 0 {
			return 1
		}
		return 0
	}
	p := float64(t.tp) / float64(t.tp+t.fp)
	r := float64(t.tp) / float64(t.tp+t.fn)
	return 2 * p * r / (p + r)
}

func (t tally) wholeF1() float64 {
	if t.whole == 0 {
		return 0
	}
	p := float64(t.whole) / float64(t.tp+t.fp)
	r := float64(t.whole) / float64(t.tp+t.fn)
	return 2 * p * r / (p + r)
}

func (t tally) acc() float64 {
	if t.attrN == 0 {
		return 1
	}
	return float64(t.attrOK) / float64(t.attrN)
}

var (
	possRE  = regexp.MustCompile(`'s\b`)
	punctRE = regexp.MustCompile(`[^\p{L}\p{N}_\s]`)
	artRE   = regexp.MustCompile(`^(the|a|an)\s+`)
	wordRE  = regexp.MustCompile(`[\p{L}\p{N}_]+`)
)

func fold(s string) string {
	var b strings.Builder
	for _, r := range norm.NFKD.String(s) {
		if !unicode.Is(unicode.Mn, r) {
			b.WriteRune(r)
		}
	}
	x := strings.ToLower(strings.ReplaceAll(b.String(), "\u2019", "'"))
	x = possRE.ReplaceAllString(x, "")
	x = punctRE.ReplaceAllString(x, " ")
	x = artRE.ReplaceAllString(strings.TrimSpace(x), "")
	return strings.Join(strings.Fields(x), " ")
}

func wordBag(s string) map[string]int {
	m := map[string]int{}
	for _, w := range wordRE.FindAllString(fold(s), -1) {
		m[w]++
	}
	return m
}

func sameQuote(g, p string) bool {
	a, b := wordBag(g), wordBag(p)
	na, nb, common := 0, 0, 0
	for w, n := range a {
		na += n
		common += min(n, b[w])
	}
	for _, n := range b {
		nb += n
	}
	longer := max(na, nb)
	return longer > 0 && float64(common)/float64(longer) >= 0.8
}

func titleOK(pred string, gold any) bool {
	var titles []string
	switch g := gold.(type) {
	case string:
		titles = []string{g}
	case []any:
		for _, x := range g {
			if s, ok := x.(string); ok {
				titles = append(titles, s)
			}
		}
	}
	p := fold(pred)
	for _, g := range titles {
		g = fold(g)
		if p == g || (p != "" && g != "" && (strings.Contains(" "+p+" ", " "+g+" ") || strings.Contains(" "+g+" ", " "+p+" "))) {
			return true
		}
	}
	return false
}

// scoreGold runs the extractor over a gold folder and tallies each category.
func scoreGold(t *testing.T, ex *Extractor, dir string, verbose bool) map[string]*tally {
	t.Helper()
	sc := &goldScore{tl: map[string]*tally{"officials": {}, "countries": {}, "quotes": {}, "troops": {}, "deaths": {}}}
	files, _ := filepath.Glob(filepath.Join(dir, "*.json"))
	sort.Strings(files)
	for _, f := range files {
		g, txt := loadGold(t, f)
		res := ex.Extract(txt)
		sc.miss = sc.miss[:0]
		if _, ok := g.raw["officials"]; ok {
			sc.officials(g, res)
		}
		if g.Countries != nil {
			sc.countries(g, res)
		}
		if _, ok := g.raw["quotes"]; ok {
			sc.quotes(g, res)
		}
		if _, ok := g.raw["troops"]; ok {
			sc.troops(g, res)
		}
		if _, ok := g.raw["deaths"]; ok {
			sc.deaths(g, res)
		}
		if verbose && len(sc.miss) > 0 {
			t.Logf("%s:\n  %s", filepath.Base(f), strings.Join(sc.miss, "\n  "))
		}
	}
	return sc.tl
}

// loadGold reads a gold file and the text it annotates.
func loadGold(t *testing.T, f string) (goldFile, string) {
	t.Helper()
	var g goldFile
	b, err := os.ReadFile(f)
	if err != nil {
		t.Fatal(err)
	}
	if err := json.Unmarshal(b, &g); err != nil {
		t.Fatalf("%s: %v", f, err)
	}
	json.Unmarshal(b, &g.raw)
	txt, err := os.ReadFile(strings.TrimSuffix(f, ".json") + ".txt")
	if err != nil {
		t.Fatal(err)
	}
	return g, string(txt)
}

// goldScore tallies the categories over the files of a gold folder and
// lists the errors of the file being scored.
type goldScore struct {
	tl   map[string]*tally
	miss []string
}

func (sc *goldScore) officials(g goldFile, res *Result) {
	var rawOff []map[string]json.RawMessage
	json.Unmarshal(g.raw["officials"], &rawOff)
	tl := sc.tl["officials"]
	used := map[int]bool{}
	for _, p := range res.Officials {
		hit := goldOfficial(g.Officials, used, p.Name)
		if hit < 0 {
			tl.fp++
			sc.miss = append(sc.miss, fmt.Sprintf("false official %s (%s)", p.Name, p.Title))
			continue
		}
		used[hit] = true
		o := g.Officials[hit]
		if o.Opt {
			continue
		}
		tl.tp++
		ok := titleOK(p.Title, o.Title)
		if _, has := rawOff[hit]["country"]; has {
			gc := ""
			if o.Country != nil {
				gc = *o.Country
			}
			if gc != p.Country {
				ok = false
				sc.miss = append(sc.miss, fmt.Sprintf("wrong country %s: %q want %q", p.Name, p.Country, gc))
			}
		}
		if !titleOK(p.Title, o.Title) {
			sc.miss = append(sc.miss, fmt.Sprintf("wrong title %s: %q want %v", p.Name, p.Title, o.Title))
		}
		tl.attrN++
		if ok {
			tl.attrOK++
			tl.whole++
		}
	}
	for i, o := range g.Officials {
		if !used[i] && !o.Opt {
			tl.fn++
			sc.miss = append(sc.miss, "missed official "+o.Name)
		}
	}
}

// goldOfficial returns the first gold official not yet used that goes by
// name, or -1.
func goldOfficial(officials []goldOfficialEntry, used map[int]bool, name string) int {
	for i, o := range officials {
		if used[i] {
			continue
		}
		if fold(o.Name) == fold(name) {
			return i
		}
		for _, a := range o.Also {
			if fold(a) == fold(name) {
				return i
			}
		}
	}
	return -1
}

func (sc *goldScore) countries(g goldFile, res *Result) {
	tl := sc.tl["countries"]
	got := map[string]bool{}
	for _, c := range res.Countries {
		got[c.Code] = true
	}
	req, opt := map[string]bool{}, map[string]bool{}
	for _, c := range g.Countries.Required {
		req[c] = true
	}
	for _, c := range g.Countries.Optional {
		opt[c] = true
	}
	for c := range got {
		switch {
		case opt[c]:
		case req[c]:
			tl.tp++
		default:
			tl.fp++
			sc.miss = append(sc.miss, "false country "+c)
		}
	}
	for c := range req {
		if !got[c] {
			tl.fn++
			sc.miss = append(sc.miss, "missed country "+c)
		}
	}
}

func (sc *goldScore) quotes(g goldFile, res *Result) {
	tl := sc.tl["quotes"]
	used := map[int]bool{}
	for _, p := range res.Quotes {
		hit := -1
		for i, q := range g.Quotes {
			if !used[i] && sameQuote(q.Text, p.Text) {
				hit = i
				break
			}
		}
		if hit < 0 {
			if len(wordRE.FindAllString(fold(p.Text), -1)) > 3 {
				tl.fp++
				sc.miss = append(sc.miss, fmt.Sprintf("false quote [%s] %.70q", p.Speaker, p.Text))
			}
			continue
		}
		used[hit] = true
		q := g.Quotes[hit]
		if q.Opt {
			continue
		}
		tl.tp++
		tl.attrN++
		if fold(p.Speaker) == fold(q.Speaker) {
			tl.attrOK++
			tl.whole++
		} else {
			sc.miss = append(sc.miss, fmt.Sprintf("wrong speaker %q want %q: %.50q", p.Speaker, q.Speaker, q.Text))
		}
	}
	for i, q := range g.Quotes {
		if !used[i] && !q.Opt {
			tl.fn++
			sc.miss = append(sc.miss, fmt.Sprintf("missed quote [%s] %.70q", q.Speaker, q.Text))
		}
	}
}

func (sc *goldScore) troops(g goldFile, res *Result) {
	var gold, pred []goldFig
	for _, x := range g.Troops {
		c := ""
		if x.Country != nil {
			c = *x.Country
		}
		gold = append(gold, goldFig{x.Count, c, x.Opt})
	}
	for _, x := range res.Troops {
		pred = append(pred, goldFig{x.Count, x.Country, false})
	}
	sc.figures("troops", gold, pred)
}

func (sc *goldScore) deaths(g goldFile, res *Result) {
	var gold, pred []goldFig
	for _, x := range g.Deaths {
		gold = append(gold, goldFig{x.Count, "", x.Opt})
	}
	for _, x := range res.Deaths {
		pred = append(pred, goldFig{x.Count, "", false})
	}
	sc.figures("deaths", gold, pred)
}

// figures matches predicted figures to gold ones by count, and checks the
// sending state where the gold gives one.
func (sc *goldScore) figures(cat string, gold, pred []goldFig) {
	tl := sc.tl[cat]
	used := map[int]bool{}
	for _, p := range pred {
		hit := -1
		for i, x := range gold {
			if !used[i] && x.count == p.count {
				hit = i
				break
			}
		}
		if hit < 0 {
			tl.fp++
			sc.miss = append(sc.miss, fmt.Sprintf("false %s %d", cat, p.count))
			continue
		}
		used[hit] = true
		if gold[hit].opt {
			continue
		}
		tl.tp++
		ok := true
		if gold[hit].country != "" {
			tl.attrN++
			if gold[hit].country == p.country {
				tl.attrOK++
			} else {
				ok = false
				sc.miss = append(sc.miss, fmt.Sprintf("wrong %s country %d: %q want %q", cat, p.count, p.country, gold[hit].country))
			}
		}
		if ok {
			tl.whole++
		}
	}
	for i, x := range gold {
		if !used[i] && !x.opt {
			tl.fn++
			sc.miss = append(sc.miss, fmt.Sprintf("missed %s %d", cat, x.count))
		}
	}
}

type goldFig struct {
	count   int64
	country string
	opt     bool
}

func logTallies(t *testing.T, tl map[string]*tally) float64 {
	t.Helper()
	sum, n := 0.0, 0
	for _, c := range []string{"officials", "countries", "quotes", "troops", "deaths"} {
		x := tl[c]
		if x.tp+x.fp+x.fn == 0 {
			continue
		}
		t.Logf("%-10s F1 %.3f  tp/fp/fn %d/%d/%d  attributes %.3f  F1 with them right %.3f", c, x.f1(), x.tp, x.fp, x.fn, x.acc(), x.wholeF1())
		sum += x.f1()
		n++
	}
	if n == 0 {
		return 0
	}
	t.Logf("mean F1 %.3f", sum/float64(n))
	return sum / float64(n)
}

var goldVerbose = os.Getenv("GOLD_VERBOSE") != ""

// TestGoldDev is the accuracy check on ../shared/gold/dev. Run with
// GOLD_VERBOSE=1 to list every miss.
func TestGoldDev(t *testing.T) {
	dir := filepath.Join(sharedDir(t), "gold", "dev")
	ex := newTestExtractor(t)
	tl := scoreGold(t, ex, dir, goldVerbose)
	mean := logTallies(t, tl)
	if mean < goldDevFloor {
		t.Errorf("mean F1 on gold/dev fell to %.3f, below the floor %.2f", mean, goldDevFloor)
	}
}

// TestGoldQuotes is the accuracy check on ../shared/gold/ggt-quotes.
func TestGoldQuotes(t *testing.T) {
	dir := filepath.Join(sharedDir(t), "gold", "ggt-quotes")
	ex := newTestExtractor(t)
	tl := scoreGold(t, ex, dir, goldVerbose)
	logTallies(t, tl)
	if f := tl["quotes"].f1(); f < goldQuotesFloor {
		t.Errorf("quote F1 on gold/ggt-quotes fell to %.3f, below the floor %.2f", f, goldQuotesFloor)
	}
}

// Floors: the figures reached, less a margin; raise them as rules improve.
const (
	goldDevFloor    = 0.95
	goldQuotesFloor = 0.85
)

func newTestExtractor(t testing.TB) *Extractor {
	t.Helper()
	ex, err := New()
	if err != nil {
		t.Fatal(err)
	}
	return ex
}

// TestHeldout scores our own held-out style passages (testdata/heldout),
// written and annotated independently of the rules, in the gold format.
func TestHeldout(t *testing.T) {
	ex := newTestExtractor(t)
	tl := scoreGold(t, ex, filepath.Join("testdata", "heldout"), goldVerbose)
	mean := logTallies(t, tl)
	if mean < heldoutFloor {
		t.Errorf("mean F1 on testdata/heldout fell to %.3f, below the floor %.2f", mean, heldoutFloor)
	}
	for _, c := range []string{"officials", "countries", "quotes", "troops", "deaths"} {
		if f := tl[c].f1(); f < heldoutCategoryFloor {
			t.Errorf("%s F1 on testdata/heldout is %.3f, below %.2f", c, f, heldoutCategoryFloor)
		}
	}
}

// Floors of testdata/heldout (101 articles: 67 from rounds 1-2, 14
// written for round 3, and for round 4 ten officials-and-quotes articles
// and ten troop and toll articles, which scored at first contact mean F1
// 0.990 and 0.974 on the set): the figures reached, less a margin.
const (
	heldoutFloor         = 0.985
	heldoutCategoryFloor = 0.97
)
