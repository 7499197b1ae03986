package pipeline

import (
	"context"
	"errors"
	"fmt"
	"math/rand/v2"
	"net/http"
	"time"

	"github.com/newsdesk/newsdesk/pipeline/fetch"
	"github.com/newsdesk/newsdesk/pipeline/page"
	"github.com/newsdesk/newsdesk/storage"
)

// nextDue is when a fetched feed is due again: after Interval, or after the
// server's Cache-Control max-age when that is longer, but never later than
// MaxBackoff.
func (p *Pipeline) nextDue(now time.Time, maxAge time.Duration) time.Time {
	return now.Add(max(p.cfg.Interval, min(maxAge, p.cfg.MaxBackoff)))
}

// retryDelay is how long a feed that has now failed failures times in a
// row waits before the next try: exponential backoff from Interval/2,
// capped at MaxBackoff, less up to a fifth at random so that feeds that
// failed together (a network outage) are not all retried together. A longer
// Retry-After from the server wins, up to MaxBackoff.
func (p *Pipeline) retryDelay(failures int, err error) time.Duration {
	d := fetch.Backoff(failures, p.cfg.Interval/2, p.cfg.MaxBackoff)
	d -= time.Duration(rand.Int64N(int64(d)/5 + 1))
	var se *fetch.StatusError
	if errors.As(err, &se) && se.RetryAfter > d {
		d = min(se.RetryAfter, p.cfg.MaxBackoff)
	}
	return d
}

// feedFailed reports a feed that could not be fetched or read, and records
// the failure so that the feed is retried after its backoff. A feed that
// failed because the run was stopped is neither.
func (p *Pipeline) feedFailed(ctx context.Context, r *run, src string, now time.Time, err error) {
	if ctx.Err() != nil {
		return
	}
	failures := 1
	if f, ferr := p.cfg.DB.FeedByURL(ctx, src); ferr == nil {
		failures = f.ErrorCount + 1
	}
	wait := p.retryDelay(failures, err)
	err = explain(err)
	r.rep.add(func(rep *Report) {
		rep.FeedsFailed++
		rep.Failures = append(rep.Failures, Failure{Source: src, Err: err.Error()})
	})
	p.log.Error("feed failed", "feed", src, "err", err, "failures", failures, "retry_in", wait.Round(time.Second))
	r.w.recordFetch(src, now, storage.FetchResult{Status: storage.FeedFailed, Error: err.Error(), NextFetchAt: now.Add(wait)}, false)
	p.progress(r, Progress{Feed: src, FeedDone: true})
}

// itemFailed reports an item that was skipped.
func (p *Pipeline) itemFailed(r *run, src, link string, it item, err error) {
	where := link // what names the item in its failure line
	switch {
	case where != "":
	case it.GUID != "":
		where = "item " + it.GUID
	default:
		where = fmt.Sprintf("item %q", it.Title)
	}
	err = explain(err)
	r.rep.add(func(rep *Report) {
		rep.ArticlesFailed++
		rep.Failures = append(rep.Failures, Failure{Source: src, URL: where, Err: err.Error()})
	})
	p.log.Warn("article skipped", "feed", src, "url", where, "err", err)
	p.progress(r, Progress{Feed: src})
}

// mayPass reports whether an item's failure may go away by itself (a
// timeout, a server error, a refused connection), so that the item is worth
// trying again in the next run. Failures that say what the page is (a PDF,
// too large, gone, forbidden) are not.
func mayPass(err error) bool {
	var se *fetch.StatusError
	if errors.As(err, &se) {
		return se.Code >= 500 || se.Code == http.StatusTooManyRequests || se.Code == http.StatusRequestTimeout
	}
	for _, permanent := range []error{
		fetch.ErrNotHTML, fetch.ErrTooLarge, fetch.ErrRobotsDisallowed, fetch.ErrTooManyRedirects,
		fetch.ErrRedirectLoop, fetch.ErrInvalidURL, fetch.ErrPrivateAddress, ErrUnsafeLink, page.ErrNotHTML, page.ErrUnparsable, ErrEmptyPage, ErrNoText, ErrNotText, ErrTooLarge,
	} {
		if errors.Is(err, permanent) {
			return false
		}
	}
	return true
}

// explain adds what a bare context error means for a fetch whose run was
// not stopped: the server took longer than the timeout.
func explain(err error) error {
	if errors.Is(err, context.DeadlineExceeded) {
		return fmt.Errorf("%w (timed out waiting for the server)", err)
	}
	return err
}
