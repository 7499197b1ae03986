package fetch

import (
	"encoding/binary"
	"fmt"
	"net/http"
	"slices"
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
	if ct, ok := sniffText(b); ok {
		return ct
	}
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

// sniffText is http.DetectContentType(b) for most texts, worked out
// without trying each of its signatures in turn (a tenth of the CPU of
// reading a short article). ok is false, and the caller asks
// DetectContentType, unless
//   - b starts with printable ASCII or white space, which no binary
//     signature does (nor an MP4 box, whose size would pass 512 bytes),
//   - its first two bytes open none of the signatures in letterPairs,
//   - its first byte other than white space is not '<', where the HTML
//     and XML signatures are looked for,
//   - and its bytes 34 and 35 are not "LP", the signature of an embedded
//     font (after 34 bytes of anything).
//
// DetectContentType then comes to its last test, whose answer ct is:
// text/plain unless its first 512 bytes hold a byte that no text holds.
func sniffText(b []byte) (ct string, ok bool) {
	head := b[:min(len(b), 512)]
	if len(head) == 0 || !(head[0] > ' ' && head[0] < 0x7f || isSpace(head[0])) {
		return "", false
	}
	if len(head) >= 2 && slices.Contains(letterPairs, string(head[:2])) {
		return "", false
	}
	if len(head) >= 36 && head[34] == 'L' && head[35] == 'P' {
		return "", false
	}
	for _, c := range head {
		if c == '<' {
			return "", false
		}
		if !isSpace(c) {
			break
		}
	}
	for i := 0; i < len(head); {
		// eight bytes at a time while none is below 0x20
		for i+8 <= len(head) && !hasControlByte(head[i:i+8]) {
			i += 8
		}
		for end := min(i+8, len(head)); i < end; i++ {
			if c := head[i]; c < 0x20 && !isSpace(c) && c != 0x1b { // escape is text
				return "application/octet-stream", true
			}
		}
	}
	return "text/plain; charset=utf-8", true
}

// hasControlByte reports a byte below 0x20 in the eight bytes of w: the
// subtraction sets the high bit of such a byte, and borrows from the next
// only out of such a byte.
func hasControlByte(w []byte) bool {
	x := binary.LittleEndian.Uint64(w)
	const ones, highs = 0x0101010101010101, 0x8080808080808080
	return (x-0x20*ones)&^x&highs != 0
}

// letterPairs are the first two bytes of each signature of
// http.DetectContentType that starts with printable ASCII other than '<'
// (PDF, PostScript, BMP, GIF, RIFF (WebP, AVI, WAVE), AIFF, MP3, Ogg,
// MIDI, OpenType, font collection, WOFF, ZIP, RAR).
var letterPairs = []string{"%P", "%!", "BM", "GI", "RI", "FO", "ID", "Og", "MT", "OT", "tt", "wO", "PK", "Ra"}

// isSpace is white space as the MIME Sniffing Standard defines it (tab,
// line feed, form feed, carriage return, space).
func isSpace(c byte) bool {
	return c == '\t' || c == '\n' || c == '\f' || c == '\r' || c == ' '
}
