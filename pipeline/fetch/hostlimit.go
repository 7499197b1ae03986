package fetch

import (
	"context"
	"fmt"
	"sync"

	"golang.org/x/time/rate"
)

// hostLimits enforces politeness towards each host: at most a fixed number
// of requests in flight, and requests started no faster than a fixed rate.
// Limits are created on first use, so a Client can fetch from any number of
// hosts without configuring them; the map lives as long as the Client.
type hostLimits struct {
	concurrency int
	every       rate.Limit
	burst       int

	mu    sync.Mutex
	hosts map[string]*hostLimit
}

type hostLimit struct {
	slots   chan struct{} // a token per request in flight
	limiter *rate.Limiter
}

func newHostLimits(concurrency int, perSecond float64) *hostLimits {
	h := &hostLimits{concurrency: concurrency, hosts: make(map[string]*hostLimit)}
	if perSecond < 0 {
		h.every, h.burst = rate.Inf, 1
	} else {
		// A burst of 2 lets two requests start together (a robots.txt and
		// the first page, say) without letting a host be hammered.
		h.every, h.burst = rate.Limit(perSecond), min(max(int(perSecond), 1), 2)
	}
	return h
}

// acquire waits, as long as ctx allows, for a free slot for host and then
// for the rate limiter. The caller must call release once the response
// body is read or closed.
func (h *hostLimits) acquire(ctx context.Context, host string) (release func(), err error) {
	l := h.get(host)
	select {
	case l.slots <- struct{}{}:
	case <-ctx.Done():
		return nil, fmt.Errorf("waiting for a free connection to %s: %w", host, context.Cause(ctx))
	}
	release = func() { <-l.slots }
	// The slot is taken before the rate token so that the spacing between
	// requests holds for when they start, not for when they were queued.
	if err := l.limiter.Wait(ctx); err != nil {
		release()
		if ctx.Err() == nil {
			// Wait gives up early, with an error of its own, when the
			// deadline would pass first; report it as the deadline it is.
			err = fmt.Errorf("next request allowed after the deadline: %w", context.DeadlineExceeded)
		}
		return nil, fmt.Errorf("waiting for the rate limit of %s: %w", host, err)
	}
	return release, nil
}

func (h *hostLimits) get(host string) *hostLimit {
	h.mu.Lock()
	defer h.mu.Unlock()
	l, ok := h.hosts[host]
	if !ok {
		l = &hostLimit{
			slots:   make(chan struct{}, h.concurrency),
			limiter: rate.NewLimiter(h.every, h.burst),
		}
		h.hosts[host] = l
	}
	return l
}
