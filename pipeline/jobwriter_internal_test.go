package pipeline

import (
	"context"
	"errors"
	"io"
	"log/slog"
	"sync"
	"testing"

	"github.com/newsdesk/newsdesk/extract"
	"github.com/newsdesk/newsdesk/storage"
)

// A batch that fails is stored article by article: the bad article fails
// its own job only.
func TestBatchWriterIsolatesABadArticle(t *testing.T) {
	db := openTestDB(t)
	w := newBatchWriter(db, slog.New(slog.NewTextHandler(io.Discard, nil)), writeBatch)
	var batch []*pendingWrite
	for _, u := range []string{"https://news.example/a", "", "https://news.example/b"} {
		batch = append(batch, &pendingWrite{art: storage.Article{URL: u, Title: "t", Body: "A ferry ran late on " + u + "."},
			res: &extract.Result{}, ready: make(chan struct{})})
	}
	w.write(context.Background(), batch)
	for i, p := range batch {
		<-p.ready
		if bad := i == 1; (p.err != nil) != bad || !bad && !p.saved.New {
			t.Errorf("article %d (%q): err %v, saved %+v", i, p.art.URL, p.err, p.saved)
		}
	}
	if ids, err := db.ArticleIDs(context.Background()); err != nil || len(ids) != 2 {
		t.Errorf("stored %d articles (%v), want 2", len(ids), err)
	}
}

// Articles saved at once by many jobs are all stored, each once, and a
// save after stop is refused rather than left waiting.
func TestBatchWriterStoresConcurrentSaves(t *testing.T) {
	db := openTestDB(t)
	w := newBatchWriter(db, slog.New(slog.NewTextHandler(io.Discard, nil)), 4)
	go w.run(context.Background())
	var wg sync.WaitGroup
	for i := range 20 {
		wg.Add(1)
		go func() {
			defer wg.Done()
			u := "https://news.example/" + string(rune('a'+i))
			s, err := w.save(context.Background(), storage.Article{URL: u, Title: "t", Body: "The bridge reopened, story " + u + "."}, &extract.Result{})
			if err != nil || !s.New {
				t.Errorf("%s: %+v, %v", u, s, err)
			}
		}()
	}
	wg.Wait()
	w.stop()
	if ids, err := db.ArticleIDs(context.Background()); err != nil || len(ids) != 20 {
		t.Errorf("stored %d articles (%v), want 20", len(ids), err)
	}
	if _, err := w.save(context.Background(), storage.Article{URL: "https://news.example/late"}, &extract.Result{}); !errors.Is(err, errWriterStopped) {
		t.Errorf("save after stop: %v", err)
	}
}
