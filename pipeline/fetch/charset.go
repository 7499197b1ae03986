package fetch

import (
	"bytes"
	"mime"
	"net/http"
	"regexp"
	"strings"
	"sync"
	"unicode/utf8"

	"golang.org/x/net/html/charset"
	"golang.org/x/text/encoding"
	"golang.org/x/text/encoding/charmap"
	"golang.org/x/text/encoding/unicode"
)

// toUTF8 converts a response body to UTF-8 and returns the WHATWG name of
// the encoding it was read as ("utf-8", "windows-1252", "windows-1251", ...;
// note that WHATWG reads ISO-8859-1 as its superset windows-1252).
//
// Publishers get their encodings wrong in every way, so each declaration is
// only a candidate, tried in order, and skipped when the bytes prove it
// false:
//
//  1. A byte order mark wins outright.
//  2. For XML (the body starts with an XML declaration) the declaration's
//     encoding, then the Content-Type charset: the declaration is written by
//     the feed generator along with the bytes, while the header is often a
//     server-wide default. For HTML, the Content-Type charset, then <meta>,
//     the order browsers use, which is what pages are tested against.
//  3. A "utf-8" label on bytes that are not valid UTF-8 is false; so is a
//     legacy label (ISO-8859-1, windows-1251, ...) on bytes that are valid
//     UTF-8 and not plain ASCII: such a file was re-encoded and kept its old
//     declaration. UTF-16 labels without a BOM are false too: we could read
//     the label itself as ASCII.
//  4. With no usable label, valid UTF-8 is UTF-8. Anything else is
//     windows-1252, except that UTF-8 with a few stray bytes keeps its
//     UTF-8 and only the stray bytes are read as windows-1252.
//
// A non-UTF-8 encoding in the XML declaration is then rewritten to UTF-8,
// so that an XML parser downstream (gofeed) does not convert a second time.
// HTML <meta> is left alone: HTML parsers take their input as UTF-8.
func toUTF8(body []byte, contentType string) ([]byte, string) {
	out, name := decode(body, contentType, "")
	return fixXMLDecl(out), name
}

// decode converts body to UTF-8. sniffed is Sniff(body) when the caller
// has it already, or "".
func decode(body []byte, contentType, sniffed string) ([]byte, string) {
	switch {
	case bytes.HasPrefix(body, []byte("\xef\xbb\xbf")):
		body = body[3:] // then as below, where valid UTF-8 is taken as such
		sniffed = ""    // the mark itself sniffs as text/plain
	case bytes.HasPrefix(body, []byte("\xfe\xff")):
		return convert(unicode.UTF16(unicode.BigEndian, unicode.IgnoreBOM), body[2:]), "utf-16be"
	case bytes.HasPrefix(body, []byte("\xff\xfe")):
		return convert(unicode.UTF16(unicode.LittleEndian, unicode.IgnoreBOM), body[2:]), "utf-16le"
	}

	mediaType, header := parseContentType(contentType)
	var labels []string
	if decl, ok := xmlDeclEncoding(body); ok {
		labels = []string{decl, header}
	} else if isHTML(mediaType, body, sniffed) {
		labels = []string{header, metaCharset(body)}
	} else {
		labels = []string{header}
	}

	valid := utf8.Valid(body)
	for _, label := range labels {
		e, name := charset.Lookup(label)
		switch {
		case e == nil, name == "replacement", strings.HasPrefix(name, "utf-16"):
			continue // unknown, or not a label we can believe (see 3)
		case name == "utf-8":
			if valid {
				return body, name
			}
			continue // proved false
		case valid && !isASCII(body): // asked only here: most inputs declare nothing
			continue // a stale legacy label on UTF-8 text
		}
		return convert(e, body), name
	}
	if valid {
		return body, "utf-8"
	}
	return fromInvalid(body)
}

// convert decodes b from e. The decoders in use replace invalid input with
// U+FFFD rather than fail; should one fail anyway, the result is still
// valid UTF-8.
func convert(e encoding.Encoding, b []byte) []byte {
	out, err := e.NewDecoder().Bytes(b)
	if err != nil {
		return bytes.ToValidUTF8(b, []byte("\uFFFD"))
	}
	return out
}

// fromInvalid converts b, which is not valid UTF-8 and declares nothing
// usable. Mostly invalid bytes mean a legacy encoding, and windows-1252 is
// the likeliest: all of b is read as that (Latin-1 text often contains byte
// runs that happen to be valid UTF-8, such as French "é\u00a0»"). Mostly
// valid UTF-8 means a few stray bytes: the valid sequences are kept and
// only the stray bytes are read as windows-1252.
func fromInvalid(b []byte) ([]byte, string) {
	multibyte, stray := 0, 0
	for i := 0; i < len(b); {
		r, n := utf8.DecodeRune(b[i:])
		switch {
		case r == utf8.RuneError && n == 1:
			stray++
		case n > 1:
			multibyte++
		}
		i += n
	}
	if stray > multibyte {
		return convert(charmap.Windows1252, b), "windows-1252"
	}
	out := make([]byte, 0, len(b)+2*stray)
	for len(b) > 0 {
		r, n := utf8.DecodeRune(b)
		if r == utf8.RuneError && n == 1 {
			out = utf8.AppendRune(out, charmap.Windows1252.DecodeByte(b[0]))
		} else {
			out = append(out, b[:n]...)
		}
		b = b[n:]
	}
	return out, "utf-8"
}

func isASCII(b []byte) bool {
	for _, c := range b {
		if c >= utf8.RuneSelf {
			return false
		}
	}
	return true
}

// parseContentType returns the lower-case media type and the charset
// parameter of a Content-Type header, tolerating malformed parameters.
func parseContentType(ct string) (mediaType, charsetLabel string) {
	mediaType, params, err := mime.ParseMediaType(ct)
	if err != nil {
		mediaType, _, _ = strings.Cut(ct, ";")
		mediaType = strings.ToLower(strings.TrimSpace(mediaType))
	}
	return mediaType, params["charset"]
}

// isHTML reports HTML by its media type or else by its content; sniffed
// is Sniff(body), or "" to sniff it here. (Sniff and
// http.DetectContentType agree on text/html: Sniff changes only types of
// a letter signature.)
func isHTML(mediaType string, body []byte, sniffed string) bool {
	if mediaType == "text/html" || mediaType == "application/xhtml+xml" {
		return true
	}
	if sniffed == "" {
		sniffed = http.DetectContentType(body)
	}
	return strings.HasPrefix(sniffed, "text/html")
}

// metaCharset returns the encoding the HTML prescan finds in <meta> within
// the first 1024 bytes. When there is none, DetermineEncoding guesses utf-8
// or windows-1252 from those bytes; decode's checks make such a guess
// harmless, since it can only pick what decode would pick itself.
func metaCharset(body []byte) string {
	_, name, _ := charset.DetermineEncoding(body, "")
	return name
}

// xmlDecl matches an XML declaration at the start of a document (leading
// white space is tolerated, as feeds often have it), and encodingAttr its
// encoding pseudo-attribute. They are compiled on first use, not at
// start-up, which every command pays.
var (
	xmlDecl      = sync.OnceValue(func() *regexp.Regexp { return regexp.MustCompile(`^[\t\n\r ]*<\?xml[\t\n\r ][^>]*\?>`) })
	encodingAttr = sync.OnceValue(func() *regexp.Regexp {
		return regexp.MustCompile(`[\t\n\r ]encoding[\t\n\r ]*=[\t\n\r ]*(?:"([^"]*)"|'([^']*)')`)
	})
)

// declPrefix bounds the search for the declaration: it is short and first.
const declPrefix = 1024

// encodingValue returns the byte offsets in b of the encoding value of a
// leading XML declaration; hasDecl reports whether there is a declaration.
func encodingValue(b []byte) (start, end int, hasDecl bool) {
	if !opensXMLDecl(b) {
		return 0, 0, false // most documents: no regexp run, nor compiled
	}
	decl := xmlDecl().Find(b[:min(len(b), declPrefix)])
	if decl == nil {
		return 0, 0, false
	}
	m := encodingAttr().FindSubmatchIndex(decl)
	switch {
	case m == nil:
		return 0, 0, true
	case m[2] >= 0:
		return m[2], m[3], true
	default:
		return m[4], m[5], true
	}
}

// opensXMLDecl reports whether b opens as xmlDecl's match must: "<?xml"
// after white space, within declPrefix bytes. It turns away the text and
// HTML documents ahead of the regexp.
func opensXMLDecl(b []byte) bool {
	return bytes.HasPrefix(bytes.TrimLeft(b[:min(len(b), declPrefix)], "\t\n\r "), []byte("<?xml"))
}

// xmlDeclEncoding returns the encoding named by a leading XML declaration
// ("" when it names none); ok reports whether there is a declaration.
func xmlDeclEncoding(b []byte) (label string, ok bool) {
	start, end, ok := encodingValue(b)
	return string(b[start:end]), ok
}

// fixXMLDecl rewrites a leading XML declaration's encoding to UTF-8 when it
// names anything else, for b that is already UTF-8.
func fixXMLDecl(b []byte) []byte {
	start, end, _ := encodingValue(b)
	if start == end || strings.EqualFold(string(b[start:end]), "utf-8") {
		return b
	}
	out := make([]byte, 0, len(b)-(end-start)+5)
	out = append(out, b[:start]...)
	out = append(out, "UTF-8"...)
	return append(out, b[end:]...)
}

// ToUTF8 converts a document read from disk, which has no Content-Type, to
// UTF-8 by the same steps as a fetched body: byte-order mark, XML
// declaration or HTML <meta>, then validity. It returns the converted bytes
// and the WHATWG name of the encoding they were read as.
func ToUTF8(body []byte) ([]byte, string) {
	return toUTF8(body, "")
}

// ToUTF8Sniffed is ToUTF8 for a body whose Sniff the caller has already
// worked out (sniffed), which it then does not work out again.
func ToUTF8Sniffed(body []byte, sniffed string) ([]byte, string) {
	out, name := decode(body, "", sniffed)
	return fixXMLDecl(out), name
}
