package extract

import (
	"os"
	"path/filepath"
	"sort"
	"strings"
	"testing"
)

// BenchmarkExtract runs all five extractors over real articles from
// ../shared/corpus/bbc-news and reports throughput (MB/s) and allocations:
//
//	go test ./extract -run '^$' -bench Extract -benchmem -cpu 1
func BenchmarkExtract(b *testing.B) {
	dir := filepath.Join(sharedDir(b), "corpus", "bbc-news")
	files, _ := filepath.Glob(filepath.Join(dir, "*", "*.txt"))
	sort.Strings(files)
	if len(files) > 600 {
		files = files[:600]
	}
	var texts []string
	size := 0
	for _, f := range files {
		t, err := os.ReadFile(f)
		if err != nil {
			b.Fatal(err)
		}
		texts = append(texts, string(t))
		size += len(t)
	}
	if len(texts) == 0 {
		b.Skip("no bbc-news articles found")
	}
	ex := newTestExtractor(b)
	b.SetBytes(int64(size))
	b.ReportAllocs()
	b.ResetTimer()
	for i := 0; i < b.N; i++ {
		for _, t := range texts {
			ex.Extract(t)
		}
	}
}

// BenchmarkLoadLexicon measures reading the embedded gazetteers, which
// the first Extract of a process pays (New itself reads nothing).
func BenchmarkLoadLexicon(b *testing.B) {
	b.ReportAllocs()
	for i := 0; i < b.N; i++ {
		if _, err := loadLexicon(); err != nil {
			b.Fatal(err)
		}
	}
}

// BenchmarkExtractLarge runs the extractors over one long body (our own
// fixtures repeated to about 2 MB), to catch rules that grow faster than the
// text: a page may be up to the fetch cap of 10 MiB.
func BenchmarkExtractLarge(b *testing.B) {
	files, _ := filepath.Glob(filepath.Join("testdata", "heldout", "*.txt"))
	var parts []string
	for _, f := range files {
		t, err := os.ReadFile(f)
		if err != nil {
			b.Fatal(err)
		}
		parts = append(parts, string(t))
	}
	one := strings.Join(parts, "\n")
	body := strings.Repeat(one+"\n", (2<<20)/len(one)+1)
	ex := newTestExtractor(b)
	b.SetBytes(int64(len(body)))
	b.ReportAllocs()
	b.ResetTimer()
	for i := 0; i < b.N; i++ {
		ex.Extract(body)
	}
}
