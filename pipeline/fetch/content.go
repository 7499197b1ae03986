package fetch

import (
	"fmt"
	"net/http"
	"strings"
)

// checkContent rejects a response that cannot be what kind k asked for,
// given the declared media type and the one http.DetectContentType finds in
// the body. It is called twice: with sniffed "" as soon as the headers
// arrive, so that a declared PDF or image is not downloaded at all, and
// again once the body is read, because servers mislabel: a "text/html" that
// starts with %PDF is a PDF.
func checkContent(k kind, declared, sniffed string) error {
	switch k {
	case kindText:
		plain := declared == "text/plain" || declared == "" && (sniffed == "" || sniffed == "text/plain")
		if plain && !isBinary(sniffed) {
			return nil
		}
		return checkContent(kindPage, declared, sniffed)
	case kindPage:
		switch {
		case isBinary(declared):
			return fmt.Errorf("%w: Content-Type is %s", ErrNotHTML, declared)
		case isBinary(sniffed):
			return fmt.Errorf("%w: content looks like %s", ErrNotHTML, sniffed)
		case sniffed == "", declared == "text/html", declared == "application/xhtml+xml", sniffed == "text/html":
			return nil
		case declared == "":
			return fmt.Errorf("%w: no Content-Type and content looks like %s", ErrNotHTML, sniffed)
		default:
			return fmt.Errorf("%w: Content-Type is %s", ErrNotHTML, declared)
		}
	case kindFeed:
		// Feeds come as every text type there is (text/html, text/plain,
		// application/octet-stream, ...), so only binary content is refused.
		switch {
		case isBinary(declared):
			return fmt.Errorf("%w: Content-Type is %s", ErrNotFeed, declared)
		case isBinary(sniffed):
			return fmt.Errorf("%w: content looks like %s", ErrNotFeed, sniffed)
		}
	}
	return nil
}

// isBinary reports whether a media type (declared or as sniffed by
// http.DetectContentType) is certainly not text. application/octet-stream
// is not counted: servers use it for anything, and the sniffer for any
// bytes it does not recognise.
func isBinary(mediaType string) bool {
	for _, prefix := range []string{"image/", "audio/", "video/", "font/"} {
		if strings.HasPrefix(mediaType, prefix) {
			return true
		}
	}
	switch mediaType {
	case "application/pdf", "application/postscript", "application/zip", "application/x-gzip",
		"application/gzip", "application/x-rar-compressed", "application/ogg", "application/wasm",
		"application/vnd.ms-fontobject", "application/msword":
		return true
	}
	return false
}

// Sniff is http.DetectContentType, except that a signature of two or three
// letters does not make a text binary: "BMW sales rose" starts as a BMP
// image does ("BM"), "ID3 chips" as an MP3. Such a type is kept only when
// the first 512 bytes also hold a byte that no text holds (a real image's
// header does); otherwise the text is text/plain. Longer signatures
// ("%PDF-", "GIF89a") are trusted as they are.
func Sniff(b []byte) string {
	ct := http.DetectContentType(b)
	if !letterSignature[ct] {
		return ct
	}
	for _, c := range b[:min(len(b), 512)] {
		if c < 0x20 && c != '\t' && c != '\n' && c != '\r' && c != '\f' {
			return ct
		}
	}
	return "text/plain; charset=utf-8"
}

// letterSignature holds the types that http.DetectContentType gives for a
// signature of two or three letters at the start.
var letterSignature = map[string]bool{"image/bmp": true, "audio/mpeg": true}
