package fetch

import (
	"context"
	"errors"
	"fmt"
	"net/http"
	"sync"
	"sync/atomic"
	"testing"
	"time"
)

func TestPerHostConcurrency(t *testing.T) {
	var inFlight, peak atomic.Int32
	srv := serve(t, func(w http.ResponseWriter, r *http.Request) {
		n := inFlight.Add(1)
		defer inFlight.Add(-1)
		for p := peak.Load(); n > p && !peak.CompareAndSwap(p, n); p = peak.Load() {
		}
		time.Sleep(20 * time.Millisecond) // long enough for the others to pile up
		fmt.Fprint(w, testFeed)
	})
	c := newTestClient(t, Config{PerHostConcurrency: 2})
	var wg sync.WaitGroup
	for i := range 12 {
		wg.Go(func() {
			if _, err := c.Get(context.Background(), Request{URL: fmt.Sprintf("%s/feed/%d", srv.URL, i)}); err != nil {
				t.Error(err)
			}
		})
	}
	wg.Wait()
	if p := peak.Load(); p > 2 || p < 1 {
		t.Errorf("peak of %d concurrent requests, want 1 or 2", p)
	}
}

// blockingServer answers every request only when release is closed, and
// reports each arrival on started.
func blockingServer(t *testing.T) (url string, started <-chan struct{}, release chan struct{}) {
	t.Helper()
	arrivals := make(chan struct{}, 100)
	release = make(chan struct{})
	srv := serve(t, func(w http.ResponseWriter, r *http.Request) {
		arrivals <- struct{}{}
		select {
		case <-release:
		case <-r.Context().Done():
		}
		fmt.Fprint(w, testFeed)
	})
	t.Cleanup(func() {
		select {
		case <-release:
		default:
			close(release)
		}
	})
	return srv.URL, arrivals, release
}

// TestHostsIndependent checks that a busy host does not hold up another.
func TestHostsIndependent(t *testing.T) {
	slow, started, release := blockingServer(t)
	fast := serve(t, func(w http.ResponseWriter, r *http.Request) { fmt.Fprint(w, testFeed) })
	c := newTestClient(t, Config{PerHostConcurrency: 1})

	done := make(chan error, 1)
	go func() {
		_, err := c.Get(context.Background(), Request{URL: slow})
		done <- err
	}()
	<-started
	mustGet(t, c, Request{URL: fast.URL})
	close(release)
	if err := <-done; err != nil {
		t.Fatal(err)
	}
}

// TestHostWaitRespectsContext checks that waiting for a busy host's slot,
// or for its rate limiter, ends with the caller's context.
func TestHostWaitRespectsContext(t *testing.T) {
	t.Run("concurrency", func(t *testing.T) {
		url, started, release := blockingServer(t)
		c := newTestClient(t, Config{PerHostConcurrency: 1})
		done := make(chan error, 1)
		go func() {
			_, err := c.Get(context.Background(), Request{URL: url})
			done <- err
		}()
		<-started

		ctx, cancel := context.WithTimeout(context.Background(), 50*time.Millisecond)
		defer cancel()
		_, err := c.Get(ctx, Request{URL: url + "/second"})
		if !errors.Is(err, context.DeadlineExceeded) {
			t.Errorf("got %v, want context.DeadlineExceeded", err)
		}
		close(release)
		if err := <-done; err != nil {
			t.Fatal(err)
		}
		select {
		case <-started:
			t.Error("the second request reached the server")
		default:
		}
	})

	t.Run("rate", func(t *testing.T) {
		var requests atomic.Int32
		srv := serve(t, func(w http.ResponseWriter, r *http.Request) {
			requests.Add(1)
			fmt.Fprint(w, testFeed)
		})
		c := newTestClient(t, Config{PerHostRate: 0.001}) // one request, then 1000s to wait
		mustGet(t, c, Request{URL: srv.URL})

		ctx, cancel := context.WithTimeout(context.Background(), time.Minute)
		defer cancel()
		if _, err := c.Get(ctx, Request{URL: srv.URL}); !errors.Is(err, context.DeadlineExceeded) {
			t.Errorf("with a deadline: got %v, want context.DeadlineExceeded", err)
		}
		ctx, cancel = context.WithCancel(context.Background())
		time.AfterFunc(20*time.Millisecond, cancel)
		if _, err := c.Get(ctx, Request{URL: srv.URL}); !errors.Is(err, context.Canceled) {
			t.Errorf("cancelled: got %v, want context.Canceled", err)
		}
		if n := requests.Load(); n != 1 {
			t.Errorf("server saw %d requests, want 1", n)
		}
	})
}
