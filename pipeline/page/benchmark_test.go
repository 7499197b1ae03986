package page

import (
	"compress/gzip"
	"encoding/json"
	"io"
	"os"
	"path/filepath"
	"sort"
	"strconv"
	"strings"
	"testing"
)

// sharedDir is the read-only data folder that sits beside the repository.
var sharedDir = filepath.Join("..", "..", "..", "shared")

// benchDir holds the article-extraction-benchmark corpus.
var benchDir = filepath.Join(sharedDir, "corpus", "article-extraction-benchmark")

// bodyF1Floor is the benchmark F1 this package has reached; falling below
// it is a regression.
const bodyF1Floor = 0.97

type benchPage struct {
	key, url, truth string
	html            []byte
}

// loadBenchmark reads the benchmark pages and their ground truth, skipping
// the test when the shared folder is not there.
func loadBenchmark(tb testing.TB) []benchPage {
	tb.Helper()
	raw, err := os.ReadFile(filepath.Join(benchDir, "ground-truth.json"))
	if os.IsNotExist(err) {
		tb.Skipf("benchmark corpus not found at %s (the shared folder sits beside the repository)", benchDir)
	}
	if err != nil {
		tb.Fatal(err)
	}
	var truth map[string]struct {
		ArticleBody string `json:"articleBody"`
		URL         string `json:"url"`
	}
	if err := json.Unmarshal(raw, &truth); err != nil {
		tb.Fatal(err)
	}
	keys := make([]string, 0, len(truth))
	for k := range truth {
		keys = append(keys, k)
	}
	sort.Strings(keys)
	pages := make([]benchPage, 0, len(keys))
	for _, k := range keys {
		b, err := readGzip(filepath.Join(benchDir, "html", k+".html.gz"))
		if err != nil {
			tb.Fatal(err)
		}
		pages = append(pages, benchPage{key: k, url: truth[k].URL, truth: truth[k].ArticleBody, html: b})
	}
	return pages
}

func readGzip(path string) ([]byte, error) {
	f, err := os.Open(path)
	if err != nil {
		return nil, err
	}
	defer f.Close()
	zr, err := gzip.NewReader(f)
	if err != nil {
		return nil, err
	}
	return io.ReadAll(zr)
}

// TestBenchmarkF1 scores Parse's bodies on the 181 benchmark pages with the
// benchmark's own metric. Set PAGE_BENCH_DUMP=dir to write each page's body
// there for inspection.
func TestBenchmarkF1(t *testing.T) {
	pages := loadBenchmark(t)
	dump := os.Getenv("PAGE_BENCH_DUMP")
	var score benchScore
	type row struct {
		key, url string
		p, r     float64
	}
	var rows []row
	for _, pg := range pages {
		doc, err := Parse(pg.html, pg.url)
		if err != nil {
			t.Errorf("%s: %v", pg.key, err)
			continue
		}
		tp, fp, fn := pageCounts(pg.truth, doc.Body)
		score.add(tp, fp, fn)
		rows = append(rows, row{pg.key, pg.url, precisionOf(tp, fp, fn), recallOf(tp, fp, fn)})
		if dump != "" {
			if err := os.WriteFile(filepath.Join(dump, pg.key+".txt"), []byte(doc.Body), 0o644); err != nil {
				t.Fatal(err)
			}
		}
	}
	p, r, f1 := score.result()
	if testing.Verbose() {
		sort.Slice(rows, func(i, j int) bool { return f1Of(rows[i].p, rows[i].r) < f1Of(rows[j].p, rows[j].r) })
		var sb strings.Builder
		for _, rw := range rows[:min(15, len(rows))] {
			sb.WriteString("\n  " + rw.key[:12] + "  P " + ftoa(rw.p) + "  R " + ftoa(rw.r) + "  " + rw.url)
		}
		t.Logf("worst pages:%s", sb.String())
	}
	t.Logf("pages %d: precision %.4f recall %.4f body F1 %.4f", len(rows), p, r, f1)
	if f1 < bodyF1Floor {
		t.Errorf("body F1 %.4f is below the floor %.2f", f1, bodyF1Floor)
	}
}

func f1Of(p, r float64) float64 {
	if p+r == 0 {
		return 0
	}
	return 2 * p * r / (p + r)
}

func ftoa(f float64) string { return strconv.FormatFloat(f, 'f', 3, 64) }

// BenchmarkParse measures Parse over the benchmark pages.
func BenchmarkParse(b *testing.B) {
	pages := loadBenchmark(b)
	total := 0
	for _, pg := range pages {
		total += len(pg.html)
	}
	b.SetBytes(int64(total))
	b.ResetTimer()
	for b.Loop() {
		for _, pg := range pages {
			if _, err := Parse(pg.html, pg.url); err != nil {
				b.Fatal(err)
			}
		}
	}
}

// BenchmarkParseHugePage measures Parse on pages of 2,000 and 20,000
// paragraphs: ns/op should grow about tenfold between them.
func BenchmarkParseHugePage(b *testing.B) {
	for _, n := range []int{2000, 20000} {
		page := hugePage(n)
		b.Run(strconv.Itoa(n), func(b *testing.B) {
			b.SetBytes(int64(len(page)))
			for b.Loop() {
				if _, err := Parse(page, ""); err != nil {
					b.Fatal(err)
				}
			}
		})
	}
}
