package fetch

import (
	"bytes"
	"compress/flate"
	"compress/gzip"
	"compress/zlib"
	"context"
	"errors"
	"fmt"
	"net/http"
	"runtime"
	"strconv"
	"strings"
	"testing"
)

// zeros is the block the servers below stream from, so that producing
// hundreds of MiB allocates nothing.
var zeros = make([]byte, 64<<10)

// streamZeros writes n zero bytes, stopping early when the client leaves.
func streamZeros(w http.ResponseWriter, n int64) {
	for ; n > 0; n -= int64(len(zeros)) {
		if _, err := w.Write(zeros[:min(n, int64(len(zeros)))]); err != nil {
			return
		}
	}
}

// gzipMember is one gzip member holding 1 MiB of zeros (about 1 KiB).
// Concatenated members are a valid gzip stream, so a server can send a
// bomb of any decompressed size without compressing anything per request.
func gzipMember(t testing.TB) []byte {
	t.Helper()
	var buf bytes.Buffer
	zw, _ := gzip.NewWriterLevel(&buf, gzip.BestCompression)
	zw.Write(make([]byte, 1<<20))
	if err := zw.Close(); err != nil {
		t.Fatal(err)
	}
	return buf.Bytes()
}

// deflateBlocks is a run of non-final deflate blocks holding 1 MiB of
// zeros and ending on a byte boundary (a sync flush). The blocks refer to
// nothing before themselves, so repeating them makes a valid stream that
// never ends: a deflate bomb as large as the server cares to send.
func deflateBlocks(t testing.TB) []byte {
	t.Helper()
	var buf bytes.Buffer
	fw, _ := flate.NewWriter(&buf, flate.BestCompression)
	fw.Write(make([]byte, 1<<20))
	if err := fw.Flush(); err != nil {
		t.Fatal(err)
	}
	return buf.Bytes()
}

// repeat writes chunk n times, stopping early when the client leaves.
func repeat(w http.ResponseWriter, chunk []byte, n int) {
	for range n {
		if _, err := w.Write(chunk); err != nil {
			return
		}
	}
}

// TestBodyTooLarge serves bodies far beyond a small cap and checks that
// each fails with ErrTooLarge without the client taking the memory.
func TestBodyTooLarge(t *testing.T) {
	const limit = 1 << 20
	member, blocks := gzipMember(t), deflateBlocks(t)
	tests := []struct {
		name string
		h    http.HandlerFunc
	}{
		{"200 MiB streamed", func(w http.ResponseWriter, r *http.Request) {
			streamZeros(w, 200<<20) // no Content-Length: chunked
		}},
		{"200 MiB declared", func(w http.ResponseWriter, r *http.Request) {
			w.Header().Set("Content-Length", strconv.Itoa(200<<20))
			streamZeros(w, 200<<20)
		}},
		{"gzip bomb, 1 GiB of zeros", func(w http.ResponseWriter, r *http.Request) {
			w.Header().Set("Content-Encoding", "gzip")
			repeat(w, member, 1024)
		}},
		{"zlib deflate bomb", func(w http.ResponseWriter, r *http.Request) {
			w.Header().Set("Content-Encoding", "deflate")
			w.Write([]byte{0x78, 0xda}) // zlib header: deflate, 32 KiB window, best compression
			repeat(w, blocks, 1024)
		}},
		{"raw deflate bomb", func(w http.ResponseWriter, r *http.Request) {
			w.Header().Set("Content-Encoding", "deflate")
			repeat(w, blocks, 1024)
		}},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			srv := serve(t, tc.h)
			c := newTestClient(t, Config{MaxBodyBytes: limit})

			var before, after runtime.MemStats
			runtime.ReadMemStats(&before)
			_, err := c.Get(context.Background(), Request{URL: srv.URL})
			runtime.ReadMemStats(&after)

			if !errors.Is(err, ErrTooLarge) {
				t.Fatalf("got %v, want ErrTooLarge", err)
			}
			t.Logf("error: %v", err)
			// Reading it all would allocate hundreds of MiB; a bounded
			// read a few times the cap. The bound is loose on purpose.
			if alloc := after.TotalAlloc - before.TotalAlloc; alloc > 32<<20 {
				t.Errorf("allocated %d MiB for a %d MiB cap", alloc>>20, limit>>20)
			}
		})
	}
}

func TestBodyWithinLimit(t *testing.T) {
	const limit = 4096
	body := strings.Repeat("x", limit)
	compress := func(enc string) []byte {
		var buf bytes.Buffer
		var w interface {
			Write([]byte) (int, error)
			Close() error
		}
		switch enc {
		case "gzip":
			w = gzip.NewWriter(&buf)
		case "zlib":
			w = zlib.NewWriter(&buf)
		case "flate":
			w, _ = flate.NewWriter(&buf, flate.DefaultCompression)
		}
		w.Write([]byte(body))
		w.Close()
		return buf.Bytes()
	}
	tests := []struct {
		name     string
		encoding string
		payload  []byte
		chunked  bool // no Content-Length, so only reading can tell the size
		wantErr  error
	}{
		{"identity at the limit", "", []byte(body), false, nil},
		{"identity one over", "", []byte(body + "x"), false, ErrTooLarge},
		{"chunked at the limit", "", []byte(body), true, nil},
		{"chunked one over", "", []byte(body + "x"), true, ErrTooLarge},
		{"gzip", "gzip", compress("gzip"), false, nil},
		{"x-gzip", "x-gzip", compress("gzip"), false, nil},
		{"deflate as zlib", "deflate", compress("zlib"), false, nil},
		{"deflate raw", "deflate", compress("flate"), false, nil},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			srv := serve(t, func(w http.ResponseWriter, r *http.Request) {
				w.Header().Set("Content-Type", "text/plain")
				if tc.encoding != "" {
					w.Header().Set("Content-Encoding", tc.encoding)
				}
				if tc.chunked {
					w.(http.Flusher).Flush()
				}
				w.Write(tc.payload)
			})
			c := newTestClient(t, Config{MaxBodyBytes: limit})
			resp, err := c.Get(context.Background(), Request{URL: srv.URL})
			if tc.wantErr != nil {
				if !errors.Is(err, tc.wantErr) {
					t.Fatalf("got %v, want %v", err, tc.wantErr)
				}
				return
			}
			if err != nil {
				t.Fatal(err)
			}
			if string(resp.Body) != body {
				t.Errorf("got %d bytes, want the %d-byte body", len(resp.Body), len(body))
			}
		})
	}
}

func TestBadContentEncoding(t *testing.T) {
	for _, tc := range []struct{ encoding, payload string }{
		{"br", "whatever"},
		{"gzip", "not gzip at all"},
	} {
		srv := serve(t, func(w http.ResponseWriter, r *http.Request) {
			w.Header().Set("Content-Encoding", tc.encoding)
			fmt.Fprint(w, tc.payload)
		})
		c := newTestClient(t, Config{})
		_, err := c.Get(context.Background(), Request{URL: srv.URL})
		if err == nil || !strings.Contains(err.Error(), tc.encoding) {
			t.Errorf("Content-Encoding %s: got %v, want an error naming it", tc.encoding, err)
		}
	}
}
