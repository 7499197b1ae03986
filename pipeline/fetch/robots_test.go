package fetch

import (
	"context"
	"errors"
	"fmt"
	"net/http"
	"sync"
	"sync/atomic"
	"testing"
)

const testPage = "<!DOCTYPE html><html><body><p>news</p></body></html>"

// robotsServer serves robots (with the given status) and HTML pages, and
// counts the robots.txt requests.
func robotsServer(t *testing.T, status int, robots string) (url string, robotsHits *atomic.Int32) {
	t.Helper()
	robotsHits = new(atomic.Int32)
	srv := serve(t, func(w http.ResponseWriter, r *http.Request) {
		switch r.URL.Path {
		case "/robots.txt":
			robotsHits.Add(1)
			w.WriteHeader(status)
			fmt.Fprint(w, robots)
		case "/moved":
			http.Redirect(w, r, "/private/article", http.StatusFound)
		default:
			w.Header().Set("Content-Type", "text/html")
			fmt.Fprint(w, testPage)
		}
	})
	return srv.URL, robotsHits
}

func TestRobots(t *testing.T) {
	// Only the most specific group applies: newsdesk's, not *'s.
	const robots = "User-agent: *\nDisallow: /\n\nUser-agent: newsdesk\nDisallow: /private\nAllow: /private/ok\nDisallow: /*?print=\n"
	url, hits := robotsServer(t, http.StatusOK, robots)
	c := newTestClient(t, Config{RespectRobots: true})

	tests := []struct {
		path    string
		page    bool
		wantErr error
	}{
		{"/news/article", true, nil},
		{"/private/article", true, ErrRobotsDisallowed},
		{"/private/ok/article", true, nil},
		{"/news/article?print=1", true, ErrRobotsDisallowed},
		{"/moved", true, ErrRobotsDisallowed}, // redirects to /private
		{"/private/feed.xml", false, nil},     // feeds are not checked
	}
	for _, tc := range tests {
		_, err := c.Get(context.Background(), Request{URL: url + tc.path, Page: tc.page})
		if !errors.Is(err, tc.wantErr) {
			t.Errorf("%s (page %v): got %v, want %v", tc.path, tc.page, err, tc.wantErr)
		}
	}

	if n := hits.Load(); n != 1 {
		t.Errorf("robots.txt fetched %d times, want 1", n)
	}
}

func TestRobotsFetchedOnceConcurrently(t *testing.T) {
	url, hits := robotsServer(t, http.StatusOK, "User-agent: *\nDisallow: /private\n")
	c := newTestClient(t, Config{RespectRobots: true, PerHostConcurrency: 4})
	var wg sync.WaitGroup
	for i := range 20 {
		wg.Go(func() {
			_, err := c.Get(context.Background(), Request{URL: fmt.Sprintf("%s/private/%d", url, i), Page: true})
			if !errors.Is(err, ErrRobotsDisallowed) {
				t.Errorf("got %v, want ErrRobotsDisallowed", err)
			}
		})
	}
	wg.Wait()
	if n := hits.Load(); n != 1 {
		t.Errorf("robots.txt fetched %d times, want 1", n)
	}
}

// TestRobotsUnavailable checks that a missing or failing robots.txt allows
// everything.
func TestRobotsUnavailable(t *testing.T) {
	for _, status := range []int{http.StatusNotFound, http.StatusForbidden, http.StatusInternalServerError, http.StatusServiceUnavailable} {
		t.Run(http.StatusText(status), func(t *testing.T) {
			url, hits := robotsServer(t, status, "User-agent: *\nDisallow: /\n")
			c := newTestClient(t, Config{RespectRobots: true})
			for range 3 {
				mustGet(t, c, Request{URL: url + "/news/article", Page: true})
			}
			if n := hits.Load(); n != 1 {
				t.Errorf("robots.txt fetched %d times, want 1", n)
			}
		})
	}
}

func TestRobotsNotRespected(t *testing.T) {
	url, hits := robotsServer(t, http.StatusOK, "User-agent: *\nDisallow: /\n")
	c := newTestClient(t, Config{})
	mustGet(t, c, Request{URL: url + "/private/article", Page: true})
	if n := hits.Load(); n != 0 {
		t.Errorf("robots.txt fetched %d times, want 0", n)
	}
}
