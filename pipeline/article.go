package pipeline

import (
	"bytes"
	"context"
	"errors"
	"fmt"
	"io"
	"net/url"
	"os"
	"path/filepath"
	"strings"
	"sync"
	"syscall"

	"github.com/newsdesk/newsdesk/pipeline/fetch"
	"github.com/newsdesk/newsdesk/storage"
)

// Errors of an item, reported with the item and skipped.
var (
	// ErrNoText: the item has no link and no text of its own.
	ErrNoText = errors.New("pipeline: item has neither a link nor text")
	// ErrTooLarge: a local feed or page file is larger than the cap.
	ErrTooLarge = errors.New("file too large")
	// ErrEmptyPage: the item's page holds no article text newsdesk can find.
	ErrEmptyPage = errors.New("pipeline: page has no article text")
)

// article turns a feed item into the article to extract and store: the
// feed's own text when it carries the full story, else the linked page
// reduced to its body. It returns nil and no error when there is nothing to
// do: the article is stored already (and is now linked to this feed) or
// another worker of this run has it in hand.
//
// With an article comes the claim on its URL, which the caller must release
// once the article is queued for storage: other workers that meet the same
// URL meanwhile wait for it and then link their feeds to it, which works
// only once the writer has the article.
//
// link is the item's link made absolute ("" when it has none). An item
// without a GUID is known by its link, so that an article whose page names
// another canonical URL is still recognised in the next run.
func (p *Pipeline) article(ctx context.Context, r *run, src, link string, it item) (*storage.Article, *claim, error) {
	art := &storage.Article{URL: CanonicalURL(link), GUID: it.GUID, FeedURL: src, Title: it.Title,
		Byline: it.Byline, Published: it.Published, Body: it.Text}
	if art.GUID == "" {
		art.GUID = link
	}
	if link == "" {
		// an item that links nowhere is its own article, however short
		if art.Body == "" {
			art.Body = it.Summary
		}
		if art.Body == "" {
			return nil, nil, ErrNoText
		}
		art.URL = syntheticURL(src, it.GUID, art.Body)
	}

	// Two items of this run with the same URL, in one feed or two: the
	// first fetches and stores the article, the others wait for it and link
	// their feeds to it.
	c, first := r.claims.take(art.URL)
	if !first {
		select {
		case <-c.done:
		case <-ctx.Done():
			return nil, nil, ctx.Err()
		}
		switch {
		case c.err != nil:
			return nil, nil, c.err
		case c.url != "":
			r.w.link(c.url, art.GUID, src)
			return nil, nil, nil
		}
		// the first found it stored already; so may we, under our GUID
		art, err := p.unlessKnown(ctx, r, link, art)
		return art, nil, err
	}
	art, err := p.unlessKnown(ctx, r, link, art)
	if err != nil || art == nil {
		c.err = err
		c.release()
		return nil, nil, err
	}
	c.url = art.URL
	return art, c, nil
}

// unlessKnown completes art, reading the item's page if the feed gave no
// text, unless the article is stored already; then it has the writer link
// the article to the feed and returns nil.
func (p *Pipeline) unlessKnown(ctx context.Context, r *run, link string, art *storage.Article) (*storage.Article, error) {
	ref, err := p.cfg.DB.FindArticle(ctx, art.URL, art.GUID, art.FeedURL)
	if err != nil {
		return nil, err
	}
	if ref.ID != 0 {
		changed, err := p.feedTextChanged(ctx, art)
		if err != nil {
			return nil, err
		}
		if !changed {
			if !ref.Linked {
				// the lookup only reads; the writer links
				r.w.linkStored(ref.ID, art.GUID, art.FeedURL)
			}
			r.rep.add(func(rep *Report) { rep.ArticlesUnchanged++ })
			return nil, nil
		}
	}
	if art.Body == "" {
		if err := p.readPage(ctx, art, link); err != nil {
			return nil, err
		}
	}
	return art, nil
}

// feedTextChanged reports whether a stored article should be stored again:
// only when the feed carries its text and that text differs from the
// stored one. Pages of stored articles are not fetched again.
func (p *Pipeline) feedTextChanged(ctx context.Context, art *storage.Article) (bool, error) {
	if art.Body == "" {
		return false, nil
	}
	old, err := p.cfg.DB.ArticleHash(ctx, art.URL)
	if err != nil {
		return false, err
	}
	// "" means the article is stored under another URL, found by its GUID
	return old != "" && old != storage.ContentHash(art.Body), nil
}

// readPage fetches (or reads) the item's page and fills in art from it:
// the body, the page's metadata where it has any, and its canonical URL.
func (p *Pipeline) readPage(ctx context.Context, art *storage.Article, link string) error {
	raw, pageURL, err := p.loadPage(ctx, art.FeedURL, link)
	if err != nil {
		return err
	}
	doc, err := ParseDocument(raw, pageURL, link)
	if err != nil {
		return fmt.Errorf("pipeline: %s: %w", link, err)
	}
	if strings.TrimSpace(doc.Body) == "" {
		return fmt.Errorf("%w: %s", ErrEmptyPage, link)
	}
	art.Body = doc.Body
	switch {
	case usableCanonical(doc.URL):
		art.URL = CanonicalURL(doc.URL)
	case isRemote(pageURL):
		art.URL = CanonicalURL(pageURL) // where the redirects ended
	}
	if doc.Title != "" {
		art.Title = doc.Title
	}
	if doc.Byline != "" {
		art.Byline = doc.Byline
	}
	if !doc.Published.IsZero() {
		art.Published = doc.Published
	}
	art.Language = doc.Language
	return nil
}

// usableCanonical reports whether a page's canonical URL can stand for the
// article: an http(s) URL with a path. Sites that point every page's
// canonical at their home page would otherwise fold all their articles
// into one.
func usableCanonical(canonical string) bool {
	if !isRemote(canonical) {
		return false
	}
	u, err := url.Parse(canonical)
	return err == nil && u.Host != "" && strings.Trim(u.Path, "/") != ""
}

// loadPage fetches a remote page or reads a local one beside a local feed;
// it returns the page and its final URL ("" for a local file). The page of
// a remote feed's item is fetched as linked from the feed, so that it may
// not reach private addresses (see fetch.Request.LinkedFrom).
func (p *Pipeline) loadPage(ctx context.Context, src, link string) ([]byte, string, error) {
	if isRemote(link) {
		req := fetch.Request{URL: link, Page: true}
		if isRemote(src) {
			req.LinkedFrom = src
		}
		resp, err := p.cfg.Fetcher.Get(ctx, req)
		if err != nil {
			return nil, "", err
		}
		return resp.Body, resp.URL, nil
	}
	if isRemote(src) { // resolveLink refuses these; this is the last line
		return nil, "", fmt.Errorf("%w %q: not an http(s) page", ErrUnsafeLink, link)
	}
	path := link
	if u, err := url.Parse(link); err == nil && u.Scheme == "file" {
		path = filepath.FromSlash(u.Path)
	}
	b, err := readFile(path, p.cfg.MaxFileBytes)
	if err != nil {
		return nil, "", fmt.Errorf("pipeline: read page: %w", err)
	}
	return b, "", nil
}

// readFile reads a local feed or page, refusing one larger than limit
// before reading it, as a download larger than the fetcher's cap is.
func readFile(path string, limit int64) ([]byte, error) {
	f, err := openFile(path)
	if err != nil {
		return nil, err
	}
	defer f.Close()
	var size int64
	if fi, err := f.Stat(); err == nil && fi.IsDir() {
		return nil, fmt.Errorf("%s: is a directory", path)
	} else if err == nil && fi.Size() > limit {
		return nil, fmt.Errorf("%s: %w: %d bytes, more than the limit of %d bytes", path, ErrTooLarge, fi.Size(), limit)
	} else if err == nil {
		size = fi.Size()
	}
	// sized to the file, so that a small one takes one read, not a
	// doubling buffer: a read of one byte more than its size that stops at
	// its size has met its end. A file that has grown since, or a pipe, is
	// read on to its end, and the limit still holds.
	b := make([]byte, size+bytes.MinRead)
	n, err := f.Read(b[:size+1])
	switch {
	case err != nil && err != io.EOF:
		return nil, fmt.Errorf("%s: %w", path, err)
	case int64(n) == size:
		return b[:n], nil
	}
	buf := bytes.NewBuffer(b[:n])
	if _, err := buf.ReadFrom(io.LimitReader(f, limit+1-int64(n))); err != nil {
		return nil, fmt.Errorf("%s: %w", path, err)
	}
	if int64(buf.Len()) > limit {
		return nil, fmt.Errorf("%s: %w: more than the limit of %d bytes", path, ErrTooLarge, limit)
	}
	return buf.Bytes(), nil
}

// openFile opens path for reading as os.Open does, in fewer system calls:
// os.Open on Linux offers each file to the poller, which turns a regular
// file down, and sets it back to blocking, five calls more than the open
// (a tenth of what `newsdesk extract` spends on a few hundred short
// articles); os.NewFile only asks whether the descriptor blocks.
func openFile(path string) (*os.File, error) {
	for {
		fd, err := syscall.Open(path, syscall.O_RDONLY|syscall.O_CLOEXEC, 0)
		switch {
		case err == nil:
			return os.NewFile(uintptr(fd), path), nil
		case err != syscall.EINTR:
			return nil, &os.PathError{Op: "open", Path: path, Err: err}
		}
	}
}

// syntheticURL names an item that has text but no link: by its GUID when it
// has one (so that an updated text updates the article), else by its text.
func syntheticURL(src, guid, text string) string {
	key := text
	if guid != "" {
		key = src + "\n" + guid
	}
	return "urn:newsdesk:" + storage.ContentHash(key)[:32]
}

// claims are the article URLs the workers of one run have in hand.
type claims struct {
	mu sync.Mutex
	m  map[string]*claim
}

// claim is one URL in hand. Its fields are written by the worker that took
// it, before done is closed, and read by the others after.
type claim struct {
	done chan struct{}
	url  string // the URL the article goes to the writer under; "" if it does not
	err  error  // why there is no article
}

func newClaims() *claims { return &claims{m: make(map[string]*claim)} }

// take returns the claim on u, and whether the caller is the first to take
// it and so must finish it.
func (cs *claims) take(u string) (*claim, bool) {
	cs.mu.Lock()
	defer cs.mu.Unlock()
	if c, ok := cs.m[u]; ok {
		return c, false
	}
	c := &claim{done: make(chan struct{})}
	cs.m[u] = c
	return c, true
}

// release lets the workers waiting on the claim go on; nil is no claim.
func (c *claim) release() {
	if c != nil {
		close(c.done)
	}
}
