package pipeline

import (
	"fmt"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/newsdesk/newsdesk/extract"
	"github.com/newsdesk/newsdesk/storage"
)

// BenchmarkStoreIngest stores the 1,000 articles of BenchmarkIngest,
// extracted beforehand, into a new database in the writer's batches of
// 64: the storage part of an ingest alone, with and without the work
// across articles, so that what that work costs is measured without the
// noise of fetching and extracting.
//
//	go test ./pipeline -run '^$' -bench StoreIngest -benchtime 5x -count 3
func BenchmarkStoreIngest(b *testing.B) {
	const n = 1000
	ex := testExtractor(b)
	arts := make([]storage.Article, n)
	res := make([]*extract.Result, n)
	for i := range n {
		title, body := benchStory(i)
		body = strings.ReplaceAll(body, "\n", "\n\n")
		arts[i] = storage.Article{URL: fmt.Sprintf("https://bench.invalid/news/%d", i), GUID: fmt.Sprintf("bench-%d", i),
			FeedURL: fmt.Sprintf("https://bench.invalid/feeds/%d.xml", i/50), Title: title,
			Published: time.Date(2026, 11, i%28+1, 8, 0, 0, 0, time.UTC), Body: body}
		res[i] = ex.Extract(body)
	}
	for _, cross := range []bool{true, false} {
		b.Run(fmt.Sprintf("cross=%v", cross), func(b *testing.B) {
			opt := seededOptions()
			opt.WithoutCrossArticle = !cross
			var cpu float64
			for b.Loop() {
				b.StopTimer()
				db, err := storage.Open(b.Context(), filepath.Join(b.TempDir(), "bench.db"), opt)
				if err != nil {
					b.Fatal(err)
				}
				b.StartTimer()
				start := cpuTime()
				for i := 0; i < n; i += 64 {
					j := min(i+64, n)
					if _, err := db.SaveArticles(b.Context(), arts[i:j], res[i:j]); err != nil {
						b.Fatal(err)
					}
				}
				cpu += cpuTime() - start
				b.StopTimer()
				db.Close()
				b.StartTimer()
			}
			b.ReportMetric(cpu*1000/float64(n*b.N), "cpu-ms/article")
		})
	}
}
