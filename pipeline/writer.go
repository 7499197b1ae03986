package pipeline

import (
	"context"
	"sync"
	"time"

	"github.com/newsdesk/newsdesk/extract"
	"github.com/newsdesk/newsdesk/storage"
)

// writer funnels every write through one goroutine and batches them: SQLite
// has one writer at a time, and a transaction per batch instead of per
// article keeps storage from being the bottleneck. Each article is still
// complete within its batch's transaction.
type writer struct {
	db   *storage.DB
	rep  *Report
	in   chan pending
	done chan struct{}
	once sync.Once
}

type pending struct {
	art storage.Article
	res *extract.Result
}

const (
	batchSize  = 64
	batchDelay = 50 * time.Millisecond
)

func newWriter(db *storage.DB, rep *Report) *writer {
	return &writer{db: db, rep: rep, in: make(chan pending, batchSize), done: make(chan struct{})}
}

func (w *writer) save(a storage.Article, r *extract.Result) {
	w.in <- pending{art: a, res: r}
}

// close flushes what is queued; failures are counted in the report.
func (w *writer) close() {
	w.once.Do(func() { close(w.in) })
	<-w.done
}

func (w *writer) run(ctx context.Context) {
	defer close(w.done)
	var batch []pending
	timer := time.NewTimer(batchDelay)
	defer timer.Stop()
	flush := func() {
		if len(batch) == 0 {
			return
		}
		arts := make([]storage.Article, len(batch))
		results := make([]*extract.Result, len(batch))
		for i, p := range batch {
			arts[i], results[i] = p.art, p.res
		}
		saved, err := w.db.SaveArticles(ctx, arts, results)
		if err != nil {
			// one bad article must not lose the batch: retry one by one
			for i := range arts {
				s, err := w.db.SaveArticle(ctx, arts[i], results[i])
				w.count(s, err, arts[i])
			}
		} else {
			for i, s := range saved {
				w.count(s, nil, arts[i])
			}
		}
		batch = batch[:0]
	}
	for {
		select {
		case p, ok := <-w.in:
			if !ok {
				flush()
				return
			}
			batch = append(batch, p)
			if len(batch) >= batchSize {
				flush()
			}
		case <-timer.C:
			flush()
			timer.Reset(batchDelay)
		}
	}
}

func (w *writer) count(s storage.Saved, err error, a storage.Article) {
	w.rep.add(func(r *Report) {
		switch {
		case err != nil:
			r.ArticlesFailed++
			r.Failures = append(r.Failures, Failure{Source: a.FeedURL, URL: a.URL, Err: err.Error()})
		case s.New:
			r.ArticlesNew++
		case s.Updated:
			r.ArticlesUpdated++
		default:
			r.ArticlesUnchanged++
		}
		r.Records += s.Records
	})
}
