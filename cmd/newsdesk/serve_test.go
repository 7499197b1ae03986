package main

import (
	"bytes"
	"context"
	"io"
	"net/http"
	"regexp"
	"strings"
	"sync"
	"testing"
	"time"
)

// syncBuffer is a buffer two goroutines may use.
type syncBuffer struct {
	mu sync.Mutex
	b  bytes.Buffer
}

func (s *syncBuffer) Write(p []byte) (int, error) {
	s.mu.Lock()
	defer s.mu.Unlock()
	return s.b.Write(p)
}

func (s *syncBuffer) String() string {
	s.mu.Lock()
	defer s.mu.Unlock()
	return s.b.String()
}

var listeningRE = regexp.MustCompile(`on (http://127\.0\.0\.1:\d+/)`)

// TestServe starts the command on the demo database, asks it a question,
// and stops it as SIGINT would: it finishes and exits 0.
func TestServe(t *testing.T) {
	db := listDemoDB(t)
	ctx, cancel := context.WithCancel(context.Background())
	defer cancel()
	var stdout, stderr syncBuffer
	done := make(chan int, 1)
	go func() {
		done <- run(ctx, &env{stdin: strings.NewReader(""), stdout: &stdout, stderr: &stderr},
			[]string{"serve", "--db", db, "--addr", "127.0.0.1:0"})
	}()
	var base string
	for start := time.Now(); base == ""; {
		if m := listeningRE.FindStringSubmatch(stdout.String()); m != nil {
			base = m[1]
		}
		select {
		case code := <-done:
			t.Fatalf("serve exited %d: %s", code, stderr.String())
		default:
		}
		if time.Since(start) > 10*time.Second {
			t.Fatalf("serve printed no address: %q", stdout.String())
		}
		time.Sleep(10 * time.Millisecond)
	}
	res, err := http.Get(base + "api/v1/quotes?speaker=solberg")
	if err != nil {
		t.Fatal(err)
	}
	body, _ := io.ReadAll(res.Body)
	res.Body.Close()
	if res.StatusCode != 200 || !strings.Contains(string(body), "Ingrid Solberg") {
		t.Errorf("GET quotes: %d %s", res.StatusCode, body)
	}
	cancel()
	select {
	case code := <-done:
		if code != 0 {
			t.Errorf("exit %d after the signal: %s", code, stderr.String())
		}
	case <-time.After(20 * time.Second):
		t.Fatal("serve did not stop")
	}
	log := stderr.String()
	if !strings.Contains(log, "msg=request") || !strings.Contains(log, "route=/api/v1/quotes") || !strings.Contains(log, "status=200") {
		t.Errorf("no request log line: %s", log)
	}
}

func TestServeRefuses(t *testing.T) {
	for _, args := range [][]string{
		{"serve", "--db", t.TempDir() + "/missing.db"},
		{"serve", "extra"},
		{"serve", "--db", listDemoDB(t), "--addr", "not-an-address"},
	} {
		var stdout, stderr bytes.Buffer
		if code := run(context.Background(), &env{stdin: strings.NewReader(""), stdout: &stdout, stderr: &stderr}, args); code != 1 {
			t.Errorf("%q: exit %d, want 1: %s", args, code, stderr.String())
		}
	}
}
