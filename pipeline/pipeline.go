// Package pipeline ingests feeds into the database: fetch → parse →
// extract → store. The sequence reads in one place, ingestFeed below; the
// stages live in their own packages (pipeline/fetch, pipeline/page,
// extract, storage) and the steps around them in this package's other
// files (feed.go parses, article.go turns an item into an article,
// schedule.go decides when a feed is next due, writer.go stores).
package pipeline

import (
	"context"
	"errors"
	"fmt"
	"log/slog"
	"path/filepath"
	"strings"
	"sync"
	"sync/atomic"
	"time"

	"golang.org/x/sync/errgroup"

	"github.com/newsdesk/newsdesk/extract"
	"github.com/newsdesk/newsdesk/pipeline/fetch"
	"github.com/newsdesk/newsdesk/storage"
)

// Config wires the stages. DB, Extractor and Fetcher are required; zero
// values of the rest mean the documented defaults.
type Config struct {
	DB        *storage.DB
	Extractor *extract.Extractor
	Fetcher   *fetch.Client

	// Feeds is how many feeds are ingested at once; default 4.
	Feeds int
	// Workers is how many articles per feed are fetched and extracted at
	// once; default 8. The Fetcher's per-host limits still apply.
	Workers int
	// Interval is how long a fetched feed stays fresh when its server sent
	// no longer Cache-Control max-age; default 30 minutes. Half of it is
	// the first wait after a failure.
	Interval time.Duration
	// MaxBackoff caps the wait before a feed is fetched again: the backoff
	// of a failing feed, a server's Retry-After and its max-age; default
	// 24h. A failing feed is retried at least this often, never given up.
	MaxBackoff time.Duration
	// MaxFileBytes caps the size of a local feed or page file, as the
	// Fetcher's MaxBodyBytes caps a download; default 10 MiB.
	MaxFileBytes int64
	// Log receives one line per failure and per feed; default: discarded.
	Log *slog.Logger
	// Progress, when set, is called after each article and feed, one call
	// at a time.
	Progress func(Progress)
	// Now is the clock that schedules feeds; default time.Now.
	Now func() time.Time
}

// Progress is what Config.Progress hears.
type Progress struct {
	Feed        string
	FeedDone    bool
	ArticlesNew int // totals so far
	Articles    int
}

// Pipeline runs ingestion with one Config. Runs may not overlap: one Run at
// a time per database (the command line holds a lock for that).
type Pipeline struct {
	cfg        Config
	log        *slog.Logger
	progressMu sync.Mutex // Progress callbacks one at a time
}

// New checks the config and fills in defaults.
func New(cfg Config) (*Pipeline, error) {
	if cfg.DB == nil || cfg.Extractor == nil || cfg.Fetcher == nil {
		return nil, errors.New("pipeline: DB, Extractor and Fetcher are required")
	}
	if cfg.Feeds <= 0 {
		cfg.Feeds = 4
	}
	if cfg.Workers <= 0 {
		cfg.Workers = 8
	}
	if cfg.Interval <= 0 {
		cfg.Interval = 30 * time.Minute
	}
	if cfg.MaxBackoff <= 0 {
		cfg.MaxBackoff = 24 * time.Hour
	}
	if cfg.Now == nil {
		cfg.Now = time.Now
	}
	if cfg.MaxFileBytes <= 0 {
		cfg.MaxFileBytes = 10 << 20
	}
	log := cfg.Log
	if log == nil {
		log = slog.New(slog.DiscardHandler)
	}
	return &Pipeline{cfg: cfg, log: log}, nil
}

// run is the state one Run shares between its feeds.
type run struct {
	rep    *Report
	w      *writer
	claims *claims
}

// Run ingests each source: a feed URL or the path of a local feed file.
// Every source read as a feed is registered (a local file under its
// absolute path) and its fetch recorded, so that a later run knows its
// validators and when it is due; a source that fails before it was ever
// registered is reported and not registered (see storage.DB.RecordFetch).
//
// A source or an article that fails is reported in the Report (and the
// log) and skipped; the run goes on. Run returns an error, with the Report
// so far, only when ctx ends or when articles could not be stored, which is
// the database's fault rather than a publisher's.
func (p *Pipeline) Run(ctx context.Context, sources []string) (*Report, error) {
	start := time.Now()
	rep := &Report{Failures: []Failure{}}
	r := &run{rep: rep, w: newWriter(p.cfg.DB, rep, p.log), claims: newClaims()}
	go r.w.run(context.WithoutCancel(ctx)) // what was fetched is stored, even on the way out

	var g errgroup.Group // not WithContext: one feed's failure stops no other
	g.SetLimit(p.cfg.Feeds)
	for _, src := range normaliseSources(sources) {
		if ctx.Err() != nil {
			break
		}
		g.Go(func() error {
			p.ingestFeed(ctx, r, src)
			return nil
		})
	}
	g.Wait()
	r.w.close()
	rep.Seconds = time.Since(start).Seconds()
	if err := r.w.err(); err != nil {
		return rep, err
	}
	if ctx.Err() != nil {
		return rep, fmt.Errorf("pipeline: run stopped: %w", context.Cause(ctx))
	}
	return rep, nil
}

// ingestFeed is the whole sequence for one feed: fetch it, parse it, then
// for each item take the feed's own text or fetch the item's page, extract,
// store.
func (p *Pipeline) ingestFeed(ctx context.Context, r *run, src string) {
	now := p.cfg.Now()
	feed, err := p.loadFeed(ctx, src) // 1. fetch, conditionally
	if err != nil {
		p.feedFailed(ctx, r, src, now, err)
		return
	}
	if feed.notModified { // a 304 costs nothing else
		r.rep.add(func(rep *Report) { rep.FeedsUnchanged++ })
		r.w.recordFetch(src, now, storage.FetchResult{Status: storage.FeedUnchanged,
			ETag: feed.etag, LastModified: feed.lastModified, NextFetchAt: p.nextDue(now, feed.maxAge)}, false)
		p.log.Info("feed unchanged", "feed", src)
		p.progress(r, Progress{Feed: src, FeedDone: true})
		return
	}
	title, items, err := parseFeed(feed.body, feed.url) // 2. parse
	if err != nil {
		p.feedFailed(ctx, r, src, now, err)
		return
	}

	var retry atomic.Bool // an item failed in a way that may pass: fetch the whole feed again next time
	var g errgroup.Group
	g.SetLimit(p.cfg.Workers)
	for _, it := range items {
		if ctx.Err() != nil {
			break
		}
		g.Go(func() error {
			link, err := resolveLink(feed.url, it.Link)
			if err != nil {
				p.itemFailed(r, src, it.Link, it, err)
				return nil
			}
			art, claim, err := p.article(ctx, r, src, link, it) // 3. the article's text: the feed's own, or its page's
			switch {
			case err != nil && ctx.Err() != nil:
				return nil // stopped, not failed
			case err != nil:
				p.itemFailed(r, src, link, it, err)
				if mayPass(err) {
					retry.Store(true)
				}
				return nil
			case art == nil:
				p.progress(r, Progress{Feed: src}) // stored before
				return nil
			}
			res, err := Extract(p.cfg.Extractor, art.Body) // 4. extract
			if err != nil {
				p.itemFailed(r, src, link, it, err)
				claim.release()
				return nil
			}
			r.w.save(*art, res) // 5. store, batched by the writer
			claim.release()     // other items with this URL link to it now
			p.progress(r, Progress{Feed: src})
			return nil
		})
	}
	g.Wait()
	if ctx.Err() != nil {
		return // stopped: the feed stays due and keeps its old validators
	}
	r.rep.add(func(rep *Report) { rep.FeedsFetched++ })
	r.w.recordFetch(src, now, storage.FetchResult{Status: storage.FeedOK, Title: title,
		ETag: feed.etag, LastModified: feed.lastModified, NextFetchAt: p.nextDue(now, feed.maxAge)}, retry.Load())
	p.log.Info("feed ingested", "feed", src, "items", len(items))
	p.progress(r, Progress{Feed: src, FeedDone: true})
}

// fetchedFeed is a feed document and what its server said about it.
type fetchedFeed struct {
	url          string // final URL, or the local path
	body         []byte
	notModified  bool
	etag         string
	lastModified string
	maxAge       time.Duration
}

// loadFeed reads a local feed file or fetches a remote one, conditionally
// on the validators of the last fetch.
func (p *Pipeline) loadFeed(ctx context.Context, src string) (*fetchedFeed, error) {
	if !isRemote(src) {
		b, err := readFile(src, p.cfg.MaxFileBytes)
		if err != nil {
			return nil, fmt.Errorf("pipeline: read feed: %w", err)
		}
		b, _ = fetch.ToUTF8(b) // as a download would be
		return &fetchedFeed{url: src, body: b}, nil
	}
	req := fetch.Request{URL: src}
	if f, err := p.cfg.DB.FeedByURL(ctx, src); err == nil {
		req.ETag, req.LastModified = f.ETag, f.LastModified
	}
	resp, err := p.cfg.Fetcher.Get(ctx, req)
	if err != nil {
		return nil, err
	}
	return &fetchedFeed{url: resp.URL, body: resp.Body, notModified: resp.NotModified,
		etag: resp.ETag, lastModified: resp.LastModified, maxAge: resp.MaxAge}, nil
}

// normaliseSources trims the sources, makes local paths absolute (a local
// feed is registered under its absolute path, so that it is the same feed
// from any directory) and drops repeats.
func normaliseSources(sources []string) []string {
	seen := make(map[string]bool, len(sources))
	out := make([]string, 0, len(sources))
	for _, s := range sources {
		s = SourceKey(s)
		if s == "" {
			continue
		}
		if !seen[s] {
			seen[s] = true
			out = append(out, s)
		}
	}
	return out
}

// SourceKey is the name a source is registered under: a URL as it is, a
// local feed file by its absolute path, so that it is the same feed from
// any directory.
func SourceKey(source string) string {
	s := strings.TrimSpace(source)
	if s != "" && !isRemote(s) {
		if abs, err := filepath.Abs(s); err == nil {
			s = abs
		}
	}
	return s
}

func (p *Pipeline) progress(r *run, ev Progress) {
	if p.cfg.Progress == nil {
		return
	}
	r.rep.mu.Lock()
	ev.ArticlesNew = r.rep.ArticlesNew
	ev.Articles = r.rep.ArticlesNew + r.rep.ArticlesUpdated + r.rep.ArticlesUnchanged + r.rep.ArticlesFailed
	r.rep.mu.Unlock()
	p.progressMu.Lock()
	defer p.progressMu.Unlock()
	p.cfg.Progress(ev)
}
