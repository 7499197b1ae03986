package pipeline

import (
	"context"
	"fmt"
	"time"

	"github.com/riverqueue/river"
	"github.com/riverqueue/river/rivertype"

	"github.com/newsdesk/newsdesk/storage"
)

// The jobs of a queue on PostgreSQL (see Queue). They reuse the steps of a
// Run (loadFeed, parseFeed, readPage, the extractor) and differ only in
// who stores: a job commits its own storage.Tx instead of handing the
// article to a run's writer, since every worker process writes for itself.

// FeedArgs is a due feed to fetch. At most one job per feed is waiting or
// running at a time.
type FeedArgs struct {
	URL string `json:"url" river:"unique"`
	// Run tags the articles the feed finds, so that a one-shot ingest can
	// wait for the jobs it caused; "" for a worker's periodic jobs.
	Run string `json:"run,omitempty"`
}

// Kind names the job in river_job.kind.
func (FeedArgs) Kind() string { return "newsdesk_feed" }

// InsertOpts: a feed is fetched once per due time, however many callers
// enqueue it; a failure is recorded by the feed's own schedule (the same
// backoff as a Run's), so River does not retry it.
func (FeedArgs) InsertOpts() river.InsertOpts {
	return river.InsertOpts{Queue: QueueFeeds, MaxAttempts: 1, UniqueOpts: river.UniqueOpts{ByArgs: true,
		ByState: []rivertype.JobState{rivertype.JobStateAvailable, rivertype.JobStatePending,
			rivertype.JobStateRunning, rivertype.JobStateRetryable, rivertype.JobStateScheduled}}}
}

// ArticleArgs is one feed item to read, extract and store, unique by the
// canonical URL of its link and its feed while its job row is kept (River
// prunes finished jobs after a day; by then the article is stored and
// found). The feed is part of the key so that an article two feeds carry
// is linked to both: the second job finds it stored and only links it.
type ArticleArgs struct {
	URL       string    `json:"url" river:"unique"` // CanonicalURL(Link), or a synthetic one
	Link      string    `json:"link,omitempty"`     // "" for an item that is its own text
	Feed      string    `json:"feed" river:"unique"`
	GUID      string    `json:"guid,omitempty"`
	Title     string    `json:"title,omitempty"`
	Byline    string    `json:"byline,omitempty"`
	Published time.Time `json:"published,omitzero"`
	Text      string    `json:"text,omitempty"` // the feed's own full text, if it has one
	Run       string    `json:"run,omitempty"`
}

// Kind names the job in river_job.kind.
func (ArticleArgs) Kind() string { return "newsdesk_article" }

// InsertOpts: River's retries with backoff replace a Run's "fetch the
// whole feed again next time" for pages that may load later.
func (ArticleArgs) InsertOpts() river.InsertOpts {
	return river.InsertOpts{Queue: QueueArticles, MaxAttempts: articleAttempts, UniqueOpts: river.UniqueOpts{ByArgs: true}}
}

// The queues: feeds apart, so that a long backlog of articles does not hold
// up the feeds that find more.
const (
	QueueFeeds      = "feeds"
	QueueArticles   = "articles"
	articleAttempts = 5
)

// feedWorker works FeedArgs.
type feedWorker struct {
	river.WorkerDefaults[FeedArgs]
	q *Queue
}

func (w *feedWorker) Work(ctx context.Context, job *river.Job[FeedArgs]) error {
	return w.q.workFeed(ctx, job.Args)
}

// articleWorker works ArticleArgs.
type articleWorker struct {
	river.WorkerDefaults[ArticleArgs]
	q *Queue
}

func (w *articleWorker) Work(ctx context.Context, job *river.Job[ArticleArgs]) error {
	return w.q.workArticle(ctx, job.Args, job.Attempt >= job.MaxAttempts)
}

// workFeed fetches a feed conditionally and, in one transaction, records
// the fetch and enqueues a job for each item not stored yet (linking to
// the feed those that are). A feed that fails has its failure and next
// due time recorded as in a Run; the job itself succeeds.
func (q *Queue) workFeed(ctx context.Context, a FeedArgs) error {
	p, src := q.p, a.URL
	now := p.cfg.Now()
	feed, err := p.loadFeed(ctx, src)
	var title string
	var items []item
	if err == nil && !feed.notModified {
		title, items, err = parseFeed(feed.body, feed.url)
	}
	if err != nil {
		if ctx.Err() != nil {
			return ctx.Err()
		}
		return q.feedFailed(ctx, src, now, err)
	}
	res := storage.FetchResult{Status: storage.FeedOK, Title: title, ETag: feed.etag,
		LastModified: feed.lastModified, NextFetchAt: p.nextDue(now, feed.maxAge)}
	if feed.notModified {
		res.Status, res.Title = storage.FeedUnchanged, ""
	}
	jobs, links := q.itemJobs(ctx, src, feed.url, a.Run, items)
	tx, err := p.cfg.DB.Begin(ctx)
	if err != nil {
		return err
	}
	defer tx.Rollback()
	if err := tx.RecordFetch(ctx, src, now, res); err != nil {
		return err
	}
	for _, l := range links {
		if err := tx.LinkArticle(ctx, l.id, l.guid, src); err != nil {
			return err
		}
	}
	if len(jobs) > 0 {
		if _, err := q.inserter.InsertManyTx(ctx, tx.SQL(), jobs); err != nil {
			return fmt.Errorf("pipeline: enqueue the articles of %s: %w", src, err)
		}
	}
	if err := tx.Commit(); err != nil {
		return err
	}
	q.counts.FeedsDone.Add(1)
	q.log.Info("feed fetched", "feed", src, "status", res.Status, "items", len(items), "enqueued", len(jobs))
	return nil
}

// storedLink is an article stored already, to link to the feed.
type storedLink struct {
	id   int64
	guid string
}

// itemJobs turns a feed's items into article jobs, leaving out the items
// stored already (to link, when not linked to this feed yet) and those
// with no usable link or text (logged, as a Run reports them).
func (q *Queue) itemJobs(ctx context.Context, src, base, run string, items []item) ([]river.InsertManyParams, []storedLink) {
	var jobs []river.InsertManyParams
	var links []storedLink
	seen := map[string]bool{}
	for _, it := range items {
		a, err := articleArgs(src, base, run, it)
		if err != nil {
			q.log.Warn("article skipped", "feed", src, "url", it.Link, "err", err)
			continue
		}
		if seen[a.URL] {
			continue
		}
		seen[a.URL] = true
		ref, err := q.p.cfg.DB.FindArticle(ctx, a.URL, a.GUID, src)
		if err == nil && ref.ID != 0 && a.Text == "" { // a page is not fetched again
			if !ref.Linked {
				links = append(links, storedLink{ref.ID, a.GUID})
			}
			continue
		}
		jobs = append(jobs, river.InsertManyParams{Args: a})
	}
	return jobs, links
}

// articleArgs is the job of one item, named as Run's article names it.
func articleArgs(src, base, run string, it item) (ArticleArgs, error) {
	link, err := resolveLink(base, it.Link)
	if err != nil {
		return ArticleArgs{}, err
	}
	a := ArticleArgs{URL: CanonicalURL(link), Link: link, Feed: src, GUID: it.GUID, Title: it.Title,
		Byline: it.Byline, Published: it.Published, Text: it.Text, Run: run}
	if a.GUID == "" {
		a.GUID = link
	}
	if link == "" {
		if a.Text == "" {
			a.Text = it.Summary
		}
		if a.Text == "" {
			return ArticleArgs{}, ErrNoText
		}
		a.URL = syntheticURL(src, it.GUID, a.Text)
	}
	return a, nil
}

// feedFailed records a feed's failure with its backoff, as a Run does.
func (q *Queue) feedFailed(ctx context.Context, src string, now time.Time, err error) error {
	failures := 1
	if f, ferr := q.p.cfg.DB.FeedByURL(ctx, src); ferr == nil {
		failures = f.ErrorCount + 1
	}
	wait := q.p.retryDelay(failures, err)
	q.counts.Failed.Add(1)
	err = explain(err)
	q.log.Error("feed failed", "feed", src, "err", err, "failures", failures, "retry_in", wait.Round(time.Second))
	return q.p.cfg.DB.RecordFetch(ctx, src, now, storage.FetchResult{Status: storage.FeedFailed,
		Error: err.Error(), NextFetchAt: now.Add(wait)})
}

// workArticle reads an item's page (unless the feed gave its text),
// extracts it and stores it through the process's batchWriter. A failure that may pass is
// returned for River to retry with backoff; one that will not cancels the
// job.
func (q *Queue) workArticle(ctx context.Context, a ArticleArgs, last bool) error {
	p := q.p
	art := &storage.Article{URL: a.URL, GUID: a.GUID, FeedURL: a.Feed, Title: a.Title, Byline: a.Byline,
		Published: a.Published, Body: a.Text}
	if done, err := q.linkIfStored(ctx, a); done || err != nil {
		return err
	}
	if art.Body == "" {
		if err := q.gate.wait(ctx, a.Link); err != nil {
			return err
		}
		if err := p.readPage(ctx, art, a.Link); err != nil {
			return q.articleFailed(ctx, a, err, last)
		}
	}
	res, err := Extract(p.cfg.Extractor, art.Body)
	if err != nil {
		return q.articleFailed(ctx, a, err, true) // a rule's panic: trying again meets it again
	}
	saved, err := q.writer.save(ctx, *art, res)
	if err != nil {
		return err
	}
	q.stored(saved)
	return nil
}

// articleFailed logs a page that could not be read and tells River
// whether to try again: a remote page whose failure may pass, unless this
// was the last attempt. A local file is not retried.
func (q *Queue) articleFailed(ctx context.Context, a ArticleArgs, err error, last bool) error {
	if ctx.Err() != nil {
		return ctx.Err()
	}
	err = explain(err)
	if isRemote(a.Link) && mayPass(err) && !last {
		q.log.Warn("article failed, to retry", "feed", a.Feed, "url", a.Link, "err", err)
		return err
	}
	q.counts.Failed.Add(1)
	q.log.Warn("article skipped", "feed", a.Feed, "url", a.Link, "err", err)
	return river.JobCancel(err)
}

// stored counts a stored article.
func (q *Queue) stored(s storage.Saved) {
	switch {
	case s.New:
		q.counts.ArticlesNew.Add(1)
	case s.Updated:
		q.counts.ArticlesUpdated.Add(1)
	default:
		q.counts.ArticlesUnchanged.Add(1)
	}
}

// DueArgs asks a worker to enqueue the registered feeds that are due; a
// worker's periodic job.
type DueArgs struct{}

// Kind names the job in river_job.kind.
func (DueArgs) Kind() string { return "newsdesk_due_feeds" }

// InsertOpts: one at a time, however many workers schedule it.
func (DueArgs) InsertOpts() river.InsertOpts {
	return river.InsertOpts{Queue: QueueFeeds, MaxAttempts: 1, UniqueOpts: river.UniqueOpts{ByArgs: true,
		ByState: []rivertype.JobState{rivertype.JobStateAvailable, rivertype.JobStatePending,
			rivertype.JobStateRunning, rivertype.JobStateScheduled}}}
}

// dueWorker works DueArgs.
type dueWorker struct {
	river.WorkerDefaults[DueArgs]
	q *Queue
}

func (w *dueWorker) Work(ctx context.Context, _ *river.Job[DueArgs]) error {
	due, err := w.q.p.cfg.DB.DueFeeds(ctx, w.q.p.cfg.Now())
	if err != nil {
		return err
	}
	params := make([]river.InsertManyParams, 0, len(due))
	for _, f := range due {
		params = append(params, river.InsertManyParams{Args: FeedArgs{URL: f.URL}})
	}
	if len(params) == 0 {
		return nil
	}
	if _, err := w.q.client.InsertMany(ctx, params); err != nil {
		return fmt.Errorf("pipeline: enqueue due feeds: %w", err)
	}
	w.q.log.Info("due feeds enqueued", "feeds", len(params))
	return nil
}

// linkIfStored links a stored article to the job's feed instead of reading
// it again (another feed's job stored it meanwhile), unless the feed's own
// text for it changed.
func (q *Queue) linkIfStored(ctx context.Context, a ArticleArgs) (bool, error) {
	db := q.p.cfg.DB
	ref, err := db.FindArticle(ctx, a.URL, a.GUID, a.Feed)
	if err != nil || ref.ID == 0 {
		return false, err
	}
	if a.Text != "" {
		old, err := db.ArticleHash(ctx, a.URL)
		if err != nil || old != "" && old != storage.ContentHash(a.Text) {
			return false, err
		}
	}
	if !ref.Linked {
		if err := db.LinkArticle(ctx, ref.ID, a.GUID, a.Feed); err != nil {
			return false, err
		}
	}
	q.counts.ArticlesUnchanged.Add(1)
	return true, nil
}
