package web

import (
	"bytes"
	"crypto/sha256"
	"encoding/base64"
	"encoding/json"
	"net/http"
	"strings"
	"sync"
	"time"
)

// writeJSON answers v as JSON with validators: an ETag made from the
// body's bytes (so it changes exactly when the answer does) and the
// database's modification time as Last-Modified. A request whose
// If-None-Match holds the ETag gets 304 Not Modified and no body; without
// If-None-Match, If-Modified-Since is honoured.
func (s *Server) writeJSON(w http.ResponseWriter, r *http.Request, v any) error {
	bp := jsonBuffers.Get().(*[]byte)
	defer putJSONBuffer(bp)
	body, err := marshalAnswer((*bp)[:0], v)
	*bp = body // keeps what the buffer grew to
	if err != nil {
		return err
	}
	sum := sha256.Sum256(body)
	etag := `"` + base64.RawURLEncoding.EncodeToString(sum[:12]) + `"`
	h := w.Header()
	h.Set("Content-Type", "application/json; charset=utf-8")
	h.Set("ETag", etag)
	// clients may keep the answer but must ask again, cheaply, with the ETag
	h.Set("Cache-Control", "no-cache")
	mod, err := s.db.Modified()
	if err != nil {
		return err
	}
	if !mod.IsZero() {
		h.Set("Last-Modified", mod.UTC().Format(http.TimeFormat))
	}
	if notModified(r, etag, mod) {
		w.WriteHeader(http.StatusNotModified)
		return nil
	}
	_, err = w.Write(body)
	return err
}

// marshalAnswer appends v as JSON, with a line end, to b.
func marshalAnswer(b []byte, v any) ([]byte, error) {
	if a, ok := v.(jsonAppender); ok {
		return a.appendJSON(b), nil
	}
	buf := bytes.NewBuffer(b)
	enc := json.NewEncoder(buf)
	enc.SetEscapeHTML(false)
	err := enc.Encode(v)
	return buf.Bytes(), err
}

// jsonBuffers keep the buffers of answers between requests.
var jsonBuffers = sync.Pool{New: func() any { return new([]byte) }}

// maxPooledBuffer: a buffer that grew past this (a page of a thousand long
// quotes) is left to the collector, so that the pool does not keep the
// largest answers ever made.
const maxPooledBuffer = 1 << 20

func putJSONBuffer(b *[]byte) {
	if cap(*b) <= maxPooledBuffer {
		jsonBuffers.Put(b)
	}
}

// notModified evaluates the request's preconditions (RFC 9110 13.2.2).
func notModified(r *http.Request, etag string, mod time.Time) bool {
	if inm := r.Header.Get("If-None-Match"); inm != "" {
		for _, t := range strings.Split(inm, ",") {
			t = strings.TrimPrefix(strings.TrimSpace(t), "W/")
			if t == "*" || t == etag {
				return true
			}
		}
		return false
	}
	ims, err := http.ParseTime(r.Header.Get("If-Modified-Since"))
	if err != nil || mod.IsZero() {
		return false
	}
	// HTTP dates have whole seconds: a change within the second of the
	// last answer could hide behind the same date, so a file that changed
	// less than a second ago always counts as modified
	if time.Since(mod) < time.Second {
		return false
	}
	return !mod.Truncate(time.Second).After(ims)
}

// writeJSONStatus answers v as JSON with a status and no validators, for
// errors.
func writeJSONStatus(w http.ResponseWriter, status int, v any) {
	w.Header().Set("Content-Type", "application/json; charset=utf-8")
	w.Header().Set("Cache-Control", "no-store")
	w.WriteHeader(status)
	enc := json.NewEncoder(w)
	enc.SetEscapeHTML(false)
	enc.Encode(v) //nolint:errcheck // the status is out; a broken connection has nobody to tell
}
