package fetch

import (
	"context"
	"errors"
	"fmt"
	"net/url"
	"strings"
	"sync"
	"time"

	"github.com/temoto/robotstxt"
	"golang.org/x/sync/singleflight"
)

const (
	robotsAgent    = "newsdesk"       // the product token robots.txt groups are matched against
	robotsMaxBytes = 512 << 10        // Google reads 500 KiB of robots.txt; so do we
	robotsTimeout  = 10 * time.Second // robots.txt is small; a slow one should not hold up pages
	robotsTTL      = 24 * time.Hour   // how long a fetched robots.txt is trusted
)

// robotsCache holds robots.txt per origin (scheme://host:port), fetched
// once and shared by all requests, however many arrive at the same time.
type robotsCache struct {
	mu      sync.Mutex
	rules   map[string]robotsRules
	flights singleflight.Group
}

type robotsRules struct {
	data    *robotstxt.RobotsData // nil allows everything
	fetched time.Time
}

// checkRobots returns ErrRobotsDisallowed if robots.txt forbids u to
// newsdesk, fetching robots.txt first if it is not cached.
func (c *Client) checkRobots(ctx context.Context, u *url.URL, linkedFrom string) error {
	origin := u.Scheme + "://" + strings.ToLower(u.Host)
	data, ok := c.robots.lookup(origin)
	if !ok {
		ch := c.robots.flights.DoChan(origin, func() (any, error) {
			// Another flight may have stored it between our lookup and
			// this flight's start: singleflight forgets a key once done.
			if data, ok := c.robots.lookup(origin); ok {
				return data, nil
			}
			// Detached from ctx: the result is cached and shared with
			// every waiter, so one caller giving up must not spoil it.
			data, refused := c.fetchRobots(context.WithoutCancel(ctx), origin, linkedFrom)
			if !refused { // a refused fetch says nothing to an unguarded request
				c.robots.store(origin, data)
			}
			return data, nil
		})
		select {
		case <-ctx.Done():
			return fmt.Errorf("waiting for %s/robots.txt: %w", origin, context.Cause(ctx))
		case res := <-ch:
			data = res.Val.(*robotstxt.RobotsData)
		}
	}
	if data != nil && !data.TestAgent(robotsPath(u), robotsAgent) {
		return ErrRobotsDisallowed
	}
	return nil
}

// fetchRobots fetches and parses origin's robots.txt. Any failure allows
// everything: a 4xx means there is no robots.txt, and a 5xx, a network
// error, an oversized or unparseable file say nothing about what the site
// wants; the page request itself will report a site that is down.
//
// linkedFrom is the page request's: robots.txt of a host that the page may
// not reach is not fetched either.
func (c *Client) fetchRobots(ctx context.Context, origin, linkedFrom string) (data *robotstxt.RobotsData, refused bool) {
	resp, err := c.get(ctx, Request{URL: origin + "/robots.txt", LinkedFrom: linkedFrom}, kindRobots)
	if err != nil {
		return nil, errors.Is(err, ErrPrivateAddress)
	}
	data, err = robotstxt.FromBytes(resp.Body)
	if err != nil {
		return nil, false
	}
	return data, false
}

func (r *robotsCache) lookup(origin string) (*robotstxt.RobotsData, bool) {
	r.mu.Lock()
	defer r.mu.Unlock()
	rules, ok := r.rules[origin]
	if !ok || time.Since(rules.fetched) > robotsTTL {
		return nil, false
	}
	return rules.data, true
}

func (r *robotsCache) store(origin string, data *robotstxt.RobotsData) {
	r.mu.Lock()
	defer r.mu.Unlock()
	if r.rules == nil {
		r.rules = make(map[string]robotsRules)
	}
	r.rules[origin] = robotsRules{data: data, fetched: time.Now()}
}

// robotsPath is the part of u that robots.txt rules match: path and query.
func robotsPath(u *url.URL) string {
	p := u.EscapedPath()
	if p == "" {
		p = "/"
	}
	if u.RawQuery != "" {
		p += "?" + u.RawQuery
	}
	return p
}
