package fetch

import (
	"bufio"
	"compress/flate"
	"compress/gzip"
	"compress/zlib"
	"errors"
	"fmt"
	"io"
	"net/http"
	"strings"
)

// readBody reads and decompresses a response body, failing with
// ErrTooLarge as soon as more than limit bytes come out of the decoder.
//
// We ask for compression and undo it ourselves, rather than leave it to
// net/http, so that the cap applies to the decompressed bytes: a small
// gzip bomb must not expand into memory. The bytes on the wire are capped
// too (with room for deflate's framing overhead), so that a stream of empty
// gzip members cannot keep us reading while producing nothing.
func readBody(resp *http.Response, limit int64) ([]byte, error) {
	encoding := strings.ToLower(strings.TrimSpace(resp.Header.Get("Content-Encoding")))
	identity := encoding == "" || encoding == "identity"
	if identity && resp.ContentLength > limit {
		return nil, fmt.Errorf("%w: Content-Length %d exceeds the limit of %d bytes", ErrTooLarge, resp.ContentLength, limit)
	}

	var r io.Reader = &cappedReader{r: resp.Body, left: limit + limit/1024 + 1024}
	switch encoding {
	case "", "identity":
	case "gzip", "x-gzip":
		zr, err := gzip.NewReader(r)
		if err != nil {
			return nil, fmt.Errorf("reading gzip body: %w", err)
		}
		defer zr.Close()
		r = zr
	case "deflate":
		r = newDeflateReader(r)
	default:
		return nil, fmt.Errorf("unsupported Content-Encoding %q", encoding)
	}

	body, err := io.ReadAll(&cappedReader{r: r, left: limit})
	if err != nil {
		if identity {
			return nil, fmt.Errorf("reading body: %w", withLimit(err, limit))
		}
		return nil, fmt.Errorf("reading %s body: %w", encoding, withLimit(err, limit))
	}
	return body, nil
}

// withLimit adds the limit to ErrTooLarge's message.
func withLimit(err error, limit int64) error {
	if errors.Is(err, ErrTooLarge) {
		return fmt.Errorf("%w: more than %d bytes", err, limit)
	}
	return err
}

// newDeflateReader reads Content-Encoding: deflate, which RFC 9110 defines
// as a zlib stream but which some servers send as raw deflate; the zlib
// header tells the two apart.
func newDeflateReader(r io.Reader) io.Reader {
	br := bufio.NewReader(r)
	if h, err := br.Peek(2); err == nil && h[0]&0x0f == 8 && (uint16(h[0])<<8|uint16(h[1]))%31 == 0 {
		if zr, err := zlib.NewReader(br); err == nil {
			return zr
		}
	}
	return flate.NewReader(br)
}

// cappedReader passes through at most left bytes and then fails with
// ErrTooLarge if the underlying reader has more; unlike io.LimitReader it
// never lets an oversized body pass as a complete one.
type cappedReader struct {
	r    io.Reader
	left int64
}

func (c *cappedReader) Read(p []byte) (int, error) {
	if c.left <= 0 {
		var probe [1]byte
		n, err := c.r.Read(probe[:])
		if n > 0 {
			return 0, ErrTooLarge
		}
		return 0, err
	}
	if int64(len(p)) > c.left {
		p = p[:c.left]
	}
	n, err := c.r.Read(p)
	c.left -= int64(n)
	return n, err
}
