// Package pipeline ingests feeds into the database: fetch → parse →
// extract → store. The sequence reads in one place, ingestFeed below; the
// stages live in their own packages (pipeline/fetch, pipeline/page,
// extract, storage).
package pipeline

import (
	"context"
	"errors"
	"fmt"
	"log/slog"
	"os"
	"path/filepath"
	"strings"
	"sync"
	"time"

	"golang.org/x/sync/errgroup"

	"github.com/newsdesk/newsdesk/extract"
	"github.com/newsdesk/newsdesk/pipeline/fetch"
	"github.com/newsdesk/newsdesk/pipeline/page"
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
	// once; default 8.
	Workers int
	// Interval is how long a feed that sent no Cache-Control max-age stays
	// fresh; default 30 minutes.
	Interval time.Duration
	// MaxBackoff caps the wait before retrying a failing feed; default 24h.
	MaxBackoff time.Duration
	// Log receives one line per failure and per feed; default: discarded.
	Log *slog.Logger
	// Progress, when set, is called after each article and feed.
	Progress func(Progress)
	// Now is the clock; default time.Now.
	Now func() time.Time
}

// Progress is what Config.Progress hears.
type Progress struct {
	Feed        string
	FeedDone    bool
	ArticlesNew int // totals so far
	Articles    int
}

// Pipeline runs ingestion with one Config. It is safe for one Run at a time.
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
	log := cfg.Log
	if log == nil {
		log = slog.New(slog.DiscardHandler)
	}
	return &Pipeline{cfg: cfg, log: log}, nil
}

// Run ingests each source: a feed URL or the path of a local feed file.
// A source that fails is reported in the Report and skipped; Run returns an
// error only when it cannot go on at all (the database fails, ctx ends).
func (p *Pipeline) Run(ctx context.Context, sources []string) (*Report, error) {
	start := p.cfg.Now()
	rep := &Report{}
	w := newWriter(p.cfg.DB, rep)
	wctx, stopWriter := context.WithCancel(context.WithoutCancel(ctx))
	defer stopWriter()
	go w.run(wctx)

	g, gctx := errgroup.WithContext(ctx)
	g.SetLimit(p.cfg.Feeds)
	for _, src := range sources {
		g.Go(func() error {
			p.ingestFeed(gctx, src, w, rep)
			return nil
		})
	}
	g.Wait()
	w.close()
	rep.Seconds = p.cfg.Now().Sub(start).Seconds()
	if err := ctx.Err(); err != nil {
		return rep, fmt.Errorf("pipeline: %w", err)
	}
	return rep, nil
}

// ingestFeed is the whole sequence for one feed: fetch, parse, then for each
// item fetch its page if the feed lacks the text, extract, store.
func (p *Pipeline) ingestFeed(ctx context.Context, src string, w *writer, rep *Report) {
	now := p.cfg.Now()
	feed, err := p.loadFeed(ctx, src) // 1. fetch (conditional when remote)
	if err != nil {
		p.feedFailed(ctx, src, now, err, rep)
		return
	}
	if feed.notModified {
		rep.add(func(r *Report) { r.FeedsUnchanged++ })
		p.recordFetch(ctx, src, now, storage.FetchResult{Status: storage.FeedUnchanged, NextFetchAt: p.nextDue(now, feed.maxAge)})
		p.progress(Progress{Feed: src, FeedDone: true}, rep)
		return
	}
	title, items, err := parseFeed(feed.body) // 2. parse
	if err != nil {
		p.feedFailed(ctx, src, now, err, rep)
		return
	}
	g, gctx := errgroup.WithContext(ctx)
	g.SetLimit(p.cfg.Workers)
	for _, it := range items {
		g.Go(func() error {
			art, ok := p.article(gctx, src, feed.url, it, rep) // 3. the article's text
			if !ok {
				return nil
			}
			res := p.cfg.Extractor.Extract(art.Body) // 4. extract
			w.save(art, res)                         // 5. store
			p.progress(Progress{Feed: src}, rep)
			return nil
		})
	}
	g.Wait()
	rep.add(func(r *Report) { r.FeedsFetched++ })
	p.recordFetch(ctx, src, now, storage.FetchResult{Status: storage.FeedOK, Title: title,
		ETag: feed.etag, LastModified: feed.lastModified, NextFetchAt: p.nextDue(now, feed.maxAge)})
	p.log.Info("feed ingested", "feed", src, "items", len(items))
	p.progress(Progress{Feed: src, FeedDone: true}, rep)
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
		b, err := os.ReadFile(src)
		if err != nil {
			return nil, fmt.Errorf("pipeline: read feed: %w", err)
		}
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

// article turns a feed item into an article: the feed's own text when it
// carries the full story, else the linked page reduced to its body. Items
// already stored are linked to this feed and skipped.
func (p *Pipeline) article(ctx context.Context, src, feedURL string, it item, rep *Report) (storage.Article, bool) {
	link := resolveLink(feedURL, it.Link)
	art := storage.Article{URL: CanonicalURL(link), GUID: it.GUID, FeedURL: src, Title: it.Title,
		Byline: it.Byline, Published: it.Published, Body: it.Text}
	if link == "" {
		if it.Text == "" {
			p.itemFailed(src, it.GUID, errors.New("item has neither a link nor text"), rep)
			return art, false
		}
		art.URL = "urn:newsdesk:" + storage.ContentHash(it.GUID + "\n" + it.Text)[:32]
	}
	known, err := p.cfg.DB.KnownArticle(ctx, art.URL, art.GUID, src)
	if err != nil {
		p.itemFailed(src, link, err, rep)
		return art, false
	}
	if known && (it.Text == "" || !isRemote(link)) {
		rep.add(func(r *Report) { r.ArticlesUnchanged++ })
		return art, false
	}
	if it.Text != "" {
		return art, true
	}
	html, pageURL, err := p.loadPage(ctx, link)
	if err != nil {
		p.itemFailed(src, link, err, rep)
		return art, false
	}
	doc, err := page.Parse(html, pageURL)
	if err != nil {
		p.itemFailed(src, link, err, rep)
		return art, false
	}
	if strings.TrimSpace(doc.Body) == "" {
		p.itemFailed(src, link, errors.New("page has no article text"), rep)
		return art, false
	}
	art.Body = doc.Body
	if doc.URL != "" && isRemote(doc.URL) {
		art.URL = CanonicalURL(doc.URL)
	}
	if doc.Title != "" {
		art.Title = doc.Title
	}
	if doc.Byline != "" {
		art.Byline = doc.Byline
	}
	if !doc.Published.IsZero() {
		art.Published = doc.Published.UTC()
	}
	art.Language = doc.Language
	return art, true
}

// loadPage fetches a remote page or reads a local one beside a local feed.
func (p *Pipeline) loadPage(ctx context.Context, link string) ([]byte, string, error) {
	if isRemote(link) {
		resp, err := p.cfg.Fetcher.Get(ctx, fetch.Request{URL: link, Page: true})
		if err != nil {
			return nil, "", err
		}
		return resp.Body, resp.URL, nil
	}
	b, err := os.ReadFile(strings.TrimPrefix(link, "file://"))
	if err != nil {
		return nil, "", fmt.Errorf("pipeline: read page: %w", err)
	}
	return b, "", nil
}

// resolveLink makes an item's link absolute: against the feed's URL, or for
// a local feed, against the feed file's folder.
func resolveLink(feedURL, link string) string {
	if link == "" || isRemote(link) {
		return link
	}
	if isRemote(feedURL) {
		if u, err := urlJoin(feedURL, link); err == nil {
			return u
		}
		return link
	}
	if strings.HasPrefix(link, "file://") || filepath.IsAbs(link) {
		return link
	}
	return filepath.Join(filepath.Dir(feedURL), filepath.FromSlash(link))
}

func (p *Pipeline) nextDue(now time.Time, maxAge time.Duration) time.Time {
	return now.Add(max(maxAge, p.cfg.Interval))
}

func (p *Pipeline) feedFailed(ctx context.Context, src string, now time.Time, err error, rep *Report) {
	rep.add(func(r *Report) {
		r.FeedsFailed++
		r.Failures = append(r.Failures, Failure{Source: src, Err: err.Error()})
	})
	p.log.Error("feed failed", "feed", src, "err", err)
	if !isRemote(src) {
		p.progress(Progress{Feed: src, FeedDone: true}, rep)
		return
	}
	failures := 1
	if f, ferr := p.cfg.DB.FeedByURL(ctx, src); ferr == nil {
		failures = f.ErrorCount + 1
	}
	wait := fetch.Backoff(failures, p.cfg.Interval/2, p.cfg.MaxBackoff)
	var se *fetch.StatusError
	if errors.As(err, &se) && se.RetryAfter > wait {
		wait = se.RetryAfter
	}
	p.recordFetch(ctx, src, now, storage.FetchResult{Status: storage.FeedFailed, Error: err.Error(), NextFetchAt: now.Add(wait)})
	p.progress(Progress{Feed: src, FeedDone: true}, rep)
}

func (p *Pipeline) itemFailed(src, link string, err error, rep *Report) {
	rep.add(func(r *Report) {
		r.ArticlesFailed++
		r.Failures = append(r.Failures, Failure{Source: src, URL: link, Err: err.Error()})
	})
	p.log.Warn("article skipped", "feed", src, "url", link, "err", err)
}

func (p *Pipeline) recordFetch(ctx context.Context, src string, now time.Time, r storage.FetchResult) {
	if !isRemote(src) {
		return
	}
	if err := p.cfg.DB.RecordFetch(context.WithoutCancel(ctx), src, now, r); err != nil {
		p.log.Error("recording fetch failed", "feed", src, "err", err)
	}
}

func (p *Pipeline) progress(ev Progress, rep *Report) {
	if p.cfg.Progress == nil {
		return
	}
	rep.mu.Lock()
	ev.ArticlesNew, ev.Articles = rep.ArticlesNew, rep.ArticlesNew+rep.ArticlesUpdated+rep.ArticlesUnchanged+rep.ArticlesFailed
	rep.mu.Unlock()
	p.progressMu.Lock()
	defer p.progressMu.Unlock()
	p.cfg.Progress(ev)
}
