package pipeline

import (
	"context"
	"fmt"
	"log/slog"
	"sync"
	"time"

	"github.com/newsdesk/newsdesk/extract"
	"github.com/newsdesk/newsdesk/storage"
)

// writer funnels every write of a run through one goroutine and batches
// articles: SQLite has one writer at a time, and a transaction per batch
// instead of per article keeps storage from being the bottleneck. Each
// article is complete within its batch's transaction, so a killed run
// leaves no half article.
//
// Operations are done in the order they are sent. A feed's fetch is
// recorded only after its articles are stored, so that a run killed in
// between fetches the feed again rather than taking the new validators for
// a feed whose articles were lost.
type writer struct {
	db   *storage.DB
	rep  *Report
	log  *slog.Logger
	in   chan op
	done chan struct{}
	once sync.Once

	// owned by the run goroutine until done is closed
	batch       []op
	failedFeeds map[string]bool // feeds with an article that could not be stored
	failures    int             // articles and fetches that could not be stored
	firstErr    error
}

// op is one write: an article to store, a stored article to link to
// another feed, or a feed fetch to record.
type op struct {
	art   storage.Article
	res   *extract.Result
	link  *linkOp
	fetch *fetchOp
}

// linkOp links an article to a feed: the article stored under url (looked
// up when the op's turn comes, after the batch that may hold it), or the
// article id when id is set.
type linkOp struct {
	id              int64
	url, guid, feed string
}

type fetchOp struct {
	feed string
	at   time.Time
	res  storage.FetchResult
	// retry asks to keep the old validators, so that the whole feed is
	// fetched again next time (an item failed in a way that may pass).
	retry bool
}

const (
	batchSize  = 64                    // articles per transaction at most
	batchDelay = 50 * time.Millisecond // the longest an article waits for its batch
)

func newWriter(db *storage.DB, rep *Report, log *slog.Logger) *writer {
	return &writer{db: db, rep: rep, log: log, in: make(chan op, batchSize), done: make(chan struct{}),
		failedFeeds: make(map[string]bool)}
}

// save queues an article with its records.
func (w *writer) save(a storage.Article, r *extract.Result) { w.in <- op{art: a, res: r} }

// link queues linking the article stored (or queued) under url to feed.
func (w *writer) link(url, guid, feed string) {
	w.in <- op{link: &linkOp{url: url, guid: guid, feed: feed}}
}

// linkStored queues linking the stored article id to feed.
func (w *writer) linkStored(id int64, guid, feed string) {
	w.in <- op{link: &linkOp{id: id, guid: guid, feed: feed}}
}

// recordFetch queues recording a feed's fetch, after the feed's articles.
func (w *writer) recordFetch(feed string, at time.Time, r storage.FetchResult, retry bool) {
	w.in <- op{fetch: &fetchOp{feed: feed, at: at, res: r, retry: retry}}
}

// close stores what is queued and waits for the writer to finish.
func (w *writer) close() {
	w.once.Do(func() { close(w.in) })
	<-w.done
}

// err reports articles or fetches that could not be stored; call it after
// close.
func (w *writer) err() error {
	if w.failures == 0 {
		return nil
	}
	return fmt.Errorf("pipeline: %d writes failed, the first: %w", w.failures, w.firstErr)
}

func (w *writer) run(ctx context.Context) {
	defer close(w.done)
	timer := time.NewTimer(batchDelay)
	defer timer.Stop()
	for {
		select {
		case o, ok := <-w.in:
			switch {
			case !ok:
				w.flush(ctx)
				return
			case o.link != nil:
				w.flush(ctx)
				w.doLink(ctx, o.link)
			case o.fetch != nil:
				w.flush(ctx)
				w.doFetch(ctx, o.fetch)
			default:
				w.batch = append(w.batch, o)
				if len(w.batch) >= batchSize {
					w.flush(ctx)
				}
			}
		case <-timer.C:
			w.flush(ctx)
			timer.Reset(batchDelay)
		}
	}
}

// flush stores the queued articles in one transaction; should that fail,
// one by one, so that one bad article does not lose the others.
func (w *writer) flush(ctx context.Context) {
	if len(w.batch) == 0 {
		return
	}
	arts := make([]storage.Article, len(w.batch))
	results := make([]*extract.Result, len(w.batch))
	for i, o := range w.batch {
		arts[i], results[i] = o.art, o.res
	}
	clear(w.batch)
	w.batch = w.batch[:0]
	saved, err := w.db.SaveArticles(ctx, arts, results)
	if err == nil {
		for i, s := range saved {
			w.count(s, nil, arts[i])
		}
		return
	}
	for i := range arts {
		s, err := w.db.SaveArticle(ctx, arts[i], results[i])
		w.count(s, err, arts[i])
	}
}

func (w *writer) count(s storage.Saved, err error, a storage.Article) {
	if err != nil {
		w.failed(err)
		w.failedFeeds[a.FeedURL] = true
		w.log.Error("article not stored", "feed", a.FeedURL, "url", a.URL, "err", err)
	}
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

// doLink links an article to a feed. One queued by URL counts as
// unchanged here, once found; one queued by id was counted when found.
func (w *writer) doLink(ctx context.Context, l *linkOp) {
	err := w.linkArticle(ctx, l)
	if err != nil {
		w.failed(err)
		w.failedFeeds[l.feed] = true
		w.log.Error("article not linked", "feed", l.feed, "url", l.url, "id", l.id, "err", err)
	}
}

func (w *writer) linkArticle(ctx context.Context, l *linkOp) error {
	if l.id != 0 {
		return w.db.LinkArticle(ctx, l.id, l.guid, l.feed)
	}
	ref, err := w.db.FindArticle(ctx, l.url, l.guid, l.feed)
	if err != nil || ref.ID == 0 {
		return err
	}
	w.rep.add(func(r *Report) { r.ArticlesUnchanged++ })
	if ref.Linked {
		return nil
	}
	return w.db.LinkArticle(ctx, ref.ID, l.guid, l.feed)
}

func (w *writer) doFetch(ctx context.Context, f *fetchOp) {
	res := f.res
	if f.retry || w.failedFeeds[f.feed] {
		// "" keeps the validators of an earlier fetch, which the server
		// will not match: the feed is fetched whole next time
		res.ETag, res.LastModified = "", ""
	}
	if err := w.db.RecordFetch(ctx, f.feed, f.at, res); err != nil {
		w.failed(err)
		w.log.Error("feed fetch not recorded", "feed", f.feed, "err", err)
	}
}

func (w *writer) failed(err error) {
	if w.failures == 0 {
		w.firstErr = err
	}
	w.failures++
}
