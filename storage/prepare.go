package storage

import (
	"runtime"
	"sync"
	"sync/atomic"

	"github.com/newsdesk/newsdesk/extract"
)

// prepared is what storing an article needs of its body and records that
// reads no database: the hash of its body, the hash of its records and,
// where stories are kept, the MinHash signature of its body.
type prepared struct {
	hash, records string
	sig           signature
}

// prepareAll computes the prepared values of a batch's articles, in up to
// GOMAXPROCS goroutines. SaveArticles calls it before its transaction
// begins: the writer holds SQLite's one write lock (PostgreSQL's advisory
// one) for the whole batch, and every other write, and on a busy ingest
// the fetchers' next batch, waits for it; hashing and the signature are
// about a tenth of what storing an article costs it.
func prepareAll(arts []Article, results []*extract.Result, cross bool) []prepared {
	out := make([]prepared, len(arts))
	// each goroutine signs its bodies in buffers of its own
	one := func(sh *shingler, i int) {
		out[i] = prepared{hash: ContentHash(arts[i].Body), records: recordsHash(results[i])}
		if cross {
			out[i].sig = sh.signature(arts[i].Body)
		}
	}
	workers := min(runtime.GOMAXPROCS(0), len(arts))
	if workers <= 1 {
		var sh shingler
		for i := range arts {
			one(&sh, i)
		}
		return out
	}
	var next atomic.Int64
	var wg sync.WaitGroup
	for range workers {
		wg.Go(func() {
			var sh shingler
			for i := int(next.Add(1) - 1); i < len(arts); i = int(next.Add(1) - 1) {
				one(&sh, i)
			}
		})
	}
	wg.Wait()
	return out
}
