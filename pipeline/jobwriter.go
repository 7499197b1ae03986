package pipeline

import (
	"context"
	"errors"
	"fmt"
	"log/slog"
	"time"

	"github.com/newsdesk/newsdesk/extract"
	"github.com/newsdesk/newsdesk/storage"
)

// batchWriter stores the articles of one process's article jobs, several
// to a transaction: the articles whose jobs are ready while the last batch
// is being written go together in the next. On PostgreSQL every write
// transaction takes the database's write lock (see storage's begin), so
// the writes of all workers take turns; a turn per batch rather than per
// article is what lets more workers store more articles.
//
// A job returns only once its article is committed, so River never marks
// done a job whose article is not stored; a process killed mid-batch
// leaves those jobs running, to be rescued and retried, and the batch's
// transaction rolled back whole.
type batchWriter struct {
	db   *storage.DB
	log  *slog.Logger
	max  int
	in   chan *pendingWrite
	quit chan struct{}
	done chan struct{}
}

// pendingWrite is one job's article, waiting for its batch to commit.
type pendingWrite struct {
	art   storage.Article
	res   *extract.Result
	saved storage.Saved
	err   error
	ready chan struct{}
}

// errWriterStopped is the answer to a job whose article came after Stop.
var errWriterStopped = errors.New("pipeline: the queue's writer has stopped")

func newBatchWriter(db *storage.DB, log *slog.Logger, max int) *batchWriter {
	return &batchWriter{db: db, log: log, max: max, in: make(chan *pendingWrite), quit: make(chan struct{}), done: make(chan struct{})}
}

// run writes batches until stop.
func (w *batchWriter) run(ctx context.Context) {
	defer close(w.done)
	for {
		var first *pendingWrite
		select {
		case first = <-w.in:
		case <-w.quit:
			return
		}
		batch := []*pendingWrite{first}
	more:
		for len(batch) < w.max {
			select {
			case p := <-w.in:
				batch = append(batch, p)
			default:
				break more
			}
		}
		w.write(ctx, batch)
	}
}

// stop ends run once the batch in hand is written.
func (w *batchWriter) stop() {
	close(w.quit)
	<-w.done
}

// write stores a batch in one transaction. Should that fail (on
// PostgreSQL one failed statement fails the whole transaction), each
// article is tried alone, so that one bad article fails only its own job.
func (w *batchWriter) write(ctx context.Context, batch []*pendingWrite) {
	defer func() {
		for _, p := range batch {
			close(p.ready)
		}
	}()
	start := time.Now()
	saved, err := w.commit(ctx, batch)
	w.log.Debug("articles stored", "articles", len(batch), "ms", time.Since(start).Milliseconds(), "err", err)
	if err == nil {
		for i, p := range batch {
			p.saved = saved[i]
		}
		return
	}
	if len(batch) == 1 {
		batch[0].err = err
		return
	}
	for _, p := range batch {
		s, err := w.commit(ctx, []*pendingWrite{p})
		if err != nil {
			p.err = err
			continue
		}
		p.saved = s[0]
	}
}

func (w *batchWriter) commit(ctx context.Context, batch []*pendingWrite) ([]storage.Saved, error) {
	arts := make([]storage.Article, len(batch))
	results := make([]*extract.Result, len(batch))
	for i, p := range batch {
		arts[i], results[i] = p.art, p.res
	}
	return w.db.SaveArticles(ctx, arts, results)
}

// save hands an article to the writer and waits until its batch is
// committed. A job whose ctx ends first returns its error; its article may
// still be stored, which its retry then finds.
func (w *batchWriter) save(ctx context.Context, art storage.Article, res *extract.Result) (storage.Saved, error) {
	p := &pendingWrite{art: art, res: res, ready: make(chan struct{})}
	select {
	case w.in <- p:
	case <-ctx.Done():
		return storage.Saved{}, ctx.Err()
	case <-w.quit:
		return storage.Saved{}, errWriterStopped
	}
	select {
	case <-p.ready:
	case <-ctx.Done():
		return storage.Saved{}, ctx.Err()
	}
	if p.err != nil {
		return storage.Saved{}, fmt.Errorf("pipeline: store %s: %w", art.URL, p.err)
	}
	return p.saved, nil
}
